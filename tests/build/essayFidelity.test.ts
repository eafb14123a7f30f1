import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { sourceText } from '../../scripts/import/sourceText.ts';
import { readEssayFiles, removedLines } from '../support/content.ts';
import { readPage, select, textOf } from '../../scripts/lib/builtSite.ts';
import { essayUrl } from '../../src/lib/page/routes.ts';

// Drafts are exempt: readEssayFiles reads published essays only.
const essays = await readEssayFiles();
const readSource = async (name: string) => sourceText(name, await readFile(`content/sources/${name}`, 'utf8'));

/** Source lines as sentences, minus the declared scrape debris and lines with no words. */
function sourceSentences(source: string, removed: readonly string[]): string[] {
  const debris = new Set(removed.map(normalizeForMatch));
  return source
    .split('\n')
    .map((line) =>
      line
        .replace(/\*\*/g, '')
        .replace(/^\s*[*•]\s+/, '')
        .trim(),
    )
    .filter((line) => /\p{L}/u.test(line) && !debris.has(normalizeForMatch(line)))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map(normalizeForMatch)
    .filter(Boolean);
}

describe.each(essays)('essay $id', (essay) => {
  test('renders every sentence of its source that is not declared scrape debris', async () => {
    const source = await readSource(essay.frontmatter.source);
    const article = select('article', await readPage(essayUrl(essay.id, '/')));
    const rendered = normalizeForMatch(textOf(article!));
    const sentences = sourceSentences(source, removedLines(essay));
    expect(sentences.length).toBeGreaterThan(10);
    const missing = sentences.filter((sentence) => !rendered.includes(sentence));
    expect(missing).toEqual([]);
  });

  test('declares as debris only lines that really are in its source', async () => {
    const source = normalizeForMatch(await readSource(essay.frontmatter.source));
    const absent = removedLines(essay).filter((line) => !source.includes(normalizeForMatch(line)));
    expect(absent).toEqual([]);
  });

  test('leaves none of the scrape’s garbled characters on the page', async () => {
    const text = textOf((await readPage(essayUrl(essay.id, '/'))) as never);
    expect(text).not.toMatch(/[βπ€]/);
  });
});
