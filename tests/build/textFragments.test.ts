import { expect, test } from 'vitest';
import type { Element } from 'hast';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { pagePaths, readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { pageBlocks, parseTextDirective, resolveTextDirective } from '../support/textFragment.ts';

const paths = await pagePaths();
const fragmentLinks = (
  await Promise.all(
    paths.map(async (path) => {
      const page = await readPage(path);
      const quoteOf = new Map<Element, string>();
      for (const figure of selectAll('.citation', page)) {
        quoteOf.set(select('a[data-citation]', figure)!, textOf(select('blockquote', figure)!));
      }
      return selectAll('a[href*=":~:text="]', page).map((link) => ({
        path,
        href: String(link.properties.href),
        quote: quoteOf.get(link),
      }));
    }),
  )
).flat();

test('every citation shown links with a text fragment', async () => {
  const citations = (
    await Promise.all(paths.map(async (path) => selectAll('.citation a[data-citation]', await readPage(path))))
  ).flat();
  expect(citations.length).toBeGreaterThanOrEqual(100);
  expect(citations.filter((link) => !String(link.properties.href).includes(':~:text='))).toEqual([]);
  expect(fragmentLinks.filter(({ quote }) => quote !== undefined)).toHaveLength(citations.length);
});

test('the first match of every citation’s text fragment on the built essay page is the quoted passage', async () => {
  const blocksOf = new Map<string, ReturnType<typeof pageBlocks>>();
  const wrong: string[] = [];
  for (const { path, href, quote } of fragmentLinks) {
    const [essayPath, rest] = href.split('#') as [string, string];
    const section = rest.split(':~:')[0];
    if (!blocksOf.has(essayPath)) blocksOf.set(essayPath, pageBlocks(await readPage(essayPath)));
    const marked = resolveTextDirective(blocksOf.get(essayPath)!, parseTextDirective(href));
    const where = `${path} → ${decodeURIComponent(href)}`;
    if (!marked) wrong.push(`${where}: marks nothing`);
    else if (marked.startSection !== section || marked.endSection !== section) {
      wrong.push(`${where}: marks "${marked.text}" in section ${marked.startSection}, not ${section}`);
    } else if (quote !== undefined && normalizeForMatch(marked.text) !== normalizeForMatch(quote)) {
      wrong.push(`${where}: marks "${marked.text}", not the quote "${quote}"`);
    }
  }
  expect(wrong).toEqual([]);
});
