import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { readEssayFiles, removedLines } from '../support/content.ts';
import { readPage, select, selectAll, textOf } from '../support/builtSite.ts';
import { essaySourceUrl, essayUrl } from '../../src/lib/routes.ts';

const essays = await readEssayFiles();

describe.each(essays)('the scraped source page of $id', (essay) => {
  test('shows every source line, in order, with the declared debris lines marked removed', async () => {
    const raw = (await readFile(`content/sources/${essay.frontmatter.source}`, 'utf8')).replace(/\n$/, '').split('\n');
    const items = selectAll('.source-lines > li', await readPage(essaySourceUrl(essay.id, '/')));
    expect(items).toHaveLength(raw.length);
    const removed = new Set(removedLines(essay));
    raw.forEach((line, index) => {
      const item = items[index]!;
      const isDebris = item.properties.dataRemoved !== undefined;
      // The page shows the raw characters struck through, then what they became.
      const shownRaw = textOf({
        ...item,
        children: item.children.filter((child) => !(child.type === 'element' && child.tagName === 'span')),
      });
      expect(isDebris, line).toBe(
        removed.has(line.trim()) || [...removed].some((entry) => entry.replace(/’/g, 'β') === line.trim()),
      );
      if (isDebris) {
        expect(textOf(select('del', item)!)).toBe(line.replace(/\s+/g, ' ').trim());
        expect(textOf(item)).toMatch(/removed$/);
      } else {
        expect(textOf(item).length === 0 || shownRaw.length > 0).toBe(true);
      }
    });
    // Every debris line the essay declares is marked on the page.
    expect(selectAll('[data-removed]', { type: 'root', children: items }).length).toBeGreaterThanOrEqual(removed.size);
  });

  test('marks each garbled character of the scrape as repaired, with the raw characters struck through', async () => {
    const raw = await readFile(`content/sources/${essay.frontmatter.source}`, 'utf8');
    const garbled = raw.match(/π€π|ππ|β/g) ?? [];
    const page = await readPage(essaySourceUrl(essay.id, '/'));
    const repairs = selectAll('[data-repaired]', page);
    expect(repairs.map((repair) => textOf(select('del', repair)!))).toEqual(garbled);
    for (const repair of repairs) {
      const shown = select('ins', repair);
      if (textOf(select('del', repair)!) === 'β') expect(['“', '”', '’']).toContain(textOf(shown!));
      else expect(shown).toBeUndefined();
    }
  });

  test('is linked from the essay’s source note, which claims a repair only when the source had garbled characters', async () => {
    const raw = await readFile(`content/sources/${essay.frontmatter.source}`, 'utf8');
    const note = select('.source-note', await readPage(essayUrl(essay.id, '/')))!;
    expect(selectAll('a', note).map((a) => a.properties.href)).toContain(essaySourceUrl(essay.id, '/'));
    expect(textOf(note)).not.toContain(essay.frontmatter.source);
    expect(textOf(note)).toMatch(/not preserved/);
    expect(/repaired/.test(textOf(note))).toBe(/β/.test(raw));
  });
});
