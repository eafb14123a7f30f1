import { readFile, readdir } from 'node:fs/promises';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../../src/lib/text/normalizeForMatch.ts';
import { blocksOf, headingsOf, importIntoTemp, sentencesOf, removeTempDirs } from '../../support/importDraft.ts';

afterAll(removeTempDirs);

const dir = 'tests/fixtures/import';

/** What a person expects of importing one fixture, written by hand in <name>.expect.yaml. */
interface Expectation {
  kind: string;
  title: string;
  author?: string;
  published?: string;
  headings: string[];
  addedHeadings: string[];
  /** Lines of the page that are debris: removed, listed under removed:, in this order. */
  debris: string[];
  /** Lines that must not reach the draft (Readability leaves them out of the article). */
  absent?: string[];
  /** Lines that are possibly debris: kept, and flagged in the report. */
  flagged: string[];
  /** MDX that must be in the body (components, Markdown emphasis and quotes). */
  components?: string[];
  markdown?: string[];
  /** Each garbled sequence of the source and what the author wrote. */
  repaired?: Record<string, string>;
  repairs?: Record<string, number>;
}

const names = (await readdir(dir))
  .filter((name) => name.endsWith('.expect.yaml'))
  .map((name) => name.replace('.expect.yaml', ''));
const sources = await readdir(dir);

/** The article's lines as a person reads the fixture: a text's lines, or the blocks of its <article>. */
async function articleLines(file: string, expected: Expectation): Promise<string[]> {
  const raw = await readFile(`${dir}/${file}`, 'utf8');
  if (file.endsWith('.html')) {
    const article = selectAll('article', fromHtml(raw))[0]!;
    return selectAll('p, li, h2, h3', article).map((node: Element) => toText(node).replace(/\s+/g, ' ').trim());
  }
  let text = raw;
  for (const [garbled, meant] of Object.entries(expected.repaired ?? {})) text = text.replaceAll(garbled, meant);
  return text.split('\n').map((line) =>
    line
      .replace(/^\s*[*•]\s+/, '')
      .replace(/\*\*/g, '')
      .trim(),
  );
}

test('there is a fixture for every debris family, every mojibake family, a forum thread and a saved page', () => {
  expect(names.sort()).toEqual(['blog-post', 'forum-thread', 'mojibake-windows-1252', 'mojibake-windows-1253', 'saved-page']);
});

describe.each(names)('importing the fixture %s', (name) => {
  const file = sources.find((source) => source.startsWith(`${name}.`) && !source.endsWith('.expect.yaml'))!;
  const expectation = readFile(`${dir}/${name}.expect.yaml`, 'utf8').then((text) => parse(text) as Expectation);
  const imported = importIntoTemp(`${dir}/${file}`);

  test('fills in the frontmatter as far as the text allows', async () => {
    const expected = await expectation;
    const { frontmatter } = await imported;
    expect(frontmatter).toMatchObject({ title: expected.title, kind: expected.kind, draft: true, source: file, order: 1 });
    expect(frontmatter.author).toBe(expected.author);
    expect(frontmatter.published).toBe(expected.published);
    expect(frontmatter.addedHeadings).toEqual(expected.addedHeadings);
    expect(String(frontmatter.shortTitle).length).toBeLessThanOrEqual(24);
  });

  test('restores the headings', async () => {
    expect(headingsOf((await imported).body)).toEqual((await expectation).headings);
  });

  test('removes every debris line, lists it under removed:, and keeps the flagged ones', async () => {
    const expected = await expectation;
    const { frontmatter, body, result } = await imported;
    expect(frontmatter.removed).toEqual(expected.debris);
    const blocks = blocksOf(body);
    for (const line of [...expected.debris, ...(expected.absent ?? [])])
      expect(blocks, line).not.toContain(normalizeForMatch(line));
    for (const line of expected.flagged) expect(blocks, line).toContain(normalizeForMatch(line));
    const flaggedLines = result.conversion.flags.filter((flag) => flag.detail === 'possibly debris: kept');
    expect(flaggedLines).toHaveLength(expected.flagged.length);
    for (const removed of result.conversion.removed) expect(result.report).toContain(`[${removed.rule}] ${removed.text}`);
  });

  test('keeps every sentence of the article body of at least 40 characters', async () => {
    const expected = await expectation;
    const debris = new Set([...expected.debris, ...expected.flagged, expected.title].map(normalizeForMatch));
    const lines = (await articleLines(file, expected)).filter((line) => line && !debris.has(normalizeForMatch(line)));
    const sentences = lines.flatMap(sentencesOf).filter((sentence) => sentence.length >= 40);
    expect(sentences.length).toBeGreaterThan(2);
    const kept = blocksOf((await imported).body).join(' ');
    expect(sentences.filter((sentence) => !kept.includes(sentence))).toEqual([]);
  });

  test('repairs the mojibake and counts each repair, leaving no garbled characters', async () => {
    const expected = await expectation;
    const { body, result } = await imported;
    for (const [family, count] of Object.entries(expected.repairs ?? {})) {
      expect(result.conversion.repairs[family as keyof typeof result.conversion.repairs], family).toBe(count);
      expect(result.report).toContain(`${count} × ${family}`);
    }
    const total = Object.values(result.conversion.repairs).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(Object.values(expected.repairs ?? {}).reduce((sum, count) => sum + count, 0));
    expect(body).not.toMatch(/[βπ\uE000]|â€|Ã|Â/);
    for (const mdx of [...(expected.components ?? []), ...(expected.markdown ?? [])]) expect(body).toContain(mdx);
  });
});
