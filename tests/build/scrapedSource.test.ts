import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { readEssayFiles, removedLines } from '../support/content.ts';
import { readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { essaySourceUrl, essayUrl } from '../../src/lib/page/routes.ts';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';

const essays = await readEssayFiles();
const fold = (text: string) => normalizeForMatch(text.replace(/β/g, '’')).toLowerCase();
/** The reasons a removed line may give, one per way of explaining it. */
const reasonForms = [
  /^Removed by the debris rule “[^”]+”\.$/,
  /^Removed by the editor: .+/,
  /^Removed with the list under “[^”]+”, which runs to the end of the page \(debris rule “[^”]+”\)\.$/,
  /^Removed: the title, which the page shows as its heading\.$/,
];

describe.each(essays)('the scraped source page of $id', (essay) => {
  const raw = readFile(`content/sources/${essay.frontmatter.source}`, 'utf8').then((text) => text.replace(/\n$/, '').split('\n'));
  const page = readPage(essaySourceUrl(essay.id, '/'));
  const items = page.then((root) => selectAll('.source-lines > li', root));

  test('shows every source line in order, numbered as in the file, and blank lines as gaps without a number', async () => {
    const lines = await raw;
    const shown = await items;
    expect(shown).toHaveLength(lines.length);
    lines.forEach((line, index) => {
      const item = shown[index]!;
      if (line.trim()) {
        expect(Number(item.properties.value), line).toBe(index + 1);
        expect(item.properties.dataBlank).toBeUndefined();
      } else {
        expect(item.properties.value).toBeUndefined();
        expect(item.properties.dataBlank).toBeDefined();
        expect(textOf(item)).toBe('');
      }
    });
  });

  test('marks removed lines struck through, each with why it was removed, and each declared line at least once', async () => {
    const declared = removedLines(essay).map(fold);
    const removed = (await items).filter((item) => item.properties.dataRemoved !== undefined);
    for (const item of removed) {
      const struck = textOf(select('del', item)!);
      expect(declared).toContain(fold(struck));
      const reason = textOf(select('[data-reason]', item)!);
      expect(
        reasonForms.some((form) => form.test(reason)),
        reason,
      ).toBe(true);
    }
    for (const line of declared) expect(removed.map((item) => fold(textOf(select('del', item)!)))).toContain(line);
    // An editor's reason is shown on the line it was given for.
    for (const entry of essay.frontmatter.removed ?? []) {
      if (typeof entry === 'string') continue;
      const item = removed.find((candidate) => fold(textOf(select('del', candidate)!)) === fold(entry.line))!;
      expect(textOf(select('[data-reason]', item)!)).toBe(`Removed by the editor: ${entry.reason}`);
    }
  });

  test('keeps a line the essay keeps, removing only its repeats', async () => {
    const headings = [...essay.body.matchAll(/^#{2,3} (.+)$/gm)].map((match) => fold(match[1]!));
    const lines = await raw;
    const first = new Set<string>();
    (await items).forEach((item, index) => {
      const text = fold(lines[index]!.trim());
      if (!headings.includes(text) || first.has(text)) return;
      first.add(text);
      expect(item.properties.dataRemoved, `line ${index + 1}: ${lines[index]}`).toBeUndefined();
    });
  });

  test('marks each garbled character struck through, then what it became, and says both after the line', async () => {
    const text = (await raw).join('\n');
    const garbled = text.match(/π€π|ππ|β/g) ?? [];
    const repairs = selectAll('[data-repaired]', await page);
    expect(repairs.map((repair) => textOf(select('del', repair)!))).toEqual(garbled);
    for (const item of await items) {
      const inLine = selectAll('[data-repaired]', item);
      if (!inLine.length) {
        expect(select('[data-repairs]', item)).toBeUndefined();
        continue;
      }
      const notes = textOf(select('[data-repairs]', item)!)
        .replace(/^Repaired: /, '')
        .replace(/\.$/, '')
        .split('; ');
      expect(notes).toHaveLength(inLine.length);
      inLine.forEach((repair, index) => {
        const was = textOf(select('del', repair)!);
        const became = select('ins', repair);
        if (was === 'β') {
          expect(['“', '”', '’']).toContain(textOf(became!));
          expect(notes[index]).toMatch(new RegExp(`^β became ${textOf(became!)} \\(`));
        } else {
          expect(became).toBeUndefined();
          expect(notes[index]).toBe(`${was} was an emoji the scrape garbled beyond repair: dropped`);
        }
      });
    }
  });

  test('says at the top what the page is, counts what was removed and repaired, and has a legend', async () => {
    const summary = select('[data-source-summary]', await page)!;
    const text = textOf(summary);
    expect(text).toMatch(/^This page is the text the essay was made from, line by line as the scrape has it/);
    expect(selectAll('a', summary).map((a) => a.properties.href)).toContain(essayUrl(essay.id, '/'));
    const removedCount = (await items).filter((item) => item.properties.dataRemoved !== undefined).length;
    const repairs = selectAll('[data-repaired]', await page);
    const restored = repairs.filter((repair) => select('ins', repair)).length;
    const dropped = repairs.length - restored;
    // A count of none is left out of the sentence.
    expect(text.includes('removed as scrape debris')).toBe(removedCount > 0);
    if (removedCount)
      expect(text).toContain(`${removedCount} ${removedCount === 1 ? 'line was' : 'lines were'} removed as scrape debris`);
    expect(text.includes('repaired.') || text.includes('repaired and')).toBe(restored > 0);
    if (restored)
      expect(text).toContain(`${restored} ${restored === 1 ? 'garbled character was' : 'garbled characters were'} repaired`);
    expect(text.includes('beyond repair and dropped')).toBe(dropped > 0);
    if (dropped) expect(text).toContain(`${dropped} emoji ${dropped === 1 ? 'was' : 'were'} garbled beyond repair and dropped`);
    expect(selectAll('.legend dt', summary).map(textOf)).toEqual(['Struck line', 'β’', 'No number']);
  });

  test('is linked from the essay’s source note, which claims a repair only when the source had garbled characters', async () => {
    const text = (await raw).join('\n');
    const note = select('.source-note', await readPage(essayUrl(essay.id, '/')))!;
    expect(selectAll('a', note).map((a) => a.properties.href)).toContain(essaySourceUrl(essay.id, '/'));
    expect(textOf(note)).not.toContain(essay.frontmatter.source);
    expect(textOf(note)).toMatch(/not preserved/);
    expect(/repaired/.test(textOf(note))).toBe(/β/.test(text));
  });
});

test('the deep learning article’s source keeps the heading the scrape repeated as a caption, and removes the repeat', async () => {
  const items = selectAll('.source-lines > li', await readPage(essaySourceUrl('deep-learning-models-public', '/')));
  const lines = items.map((item) => [Number(item.properties.value), textOf(item), item.properties.dataRemoved !== undefined]);
  expect(lines.filter(([, text]) => String(text).startsWith('Open Source: Ethics and Responsibility'))).toEqual([
    [18, 'Open Source: Ethics and Responsibility', false],
    [
      20,
      'Open Source: Ethics and Responsibility Removed by the editor: the heading repeated as the caption of its image, above the image credit.',
      true,
    ],
  ]);
});
