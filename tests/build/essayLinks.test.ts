import { expect, test } from 'vitest';
import { readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { paths } from '../../scripts/lib/paths.ts';

// tests/fixtures/draft-essay/essays/published-essay.mdx holds a javascript: link and a remote image.
const page = () => readPage('/essays/published-essay/', paths.draftSite);

test('a built essay keeps no script link: the link’s words stay as plain text', async () => {
  const article = select('article', await page())!;
  const hrefs = selectAll('a[href]', article).map((a) => String(a.properties.href));
  expect(hrefs.filter((href) => /script:|data:/i.test(href))).toEqual([]);
  expect(textOf(article)).toContain("Its makers' own notes say so");
});

test('a built essay loads no remote image: it links to the image by its alt text', async () => {
  const article = select('article', await page())!;
  expect(selectAll('img', article).map((img) => img.properties.src)).toEqual([]);
  const chart = selectAll('a', article).find((a) => a.properties.href === 'https://example.org/chart.png');
  expect(chart && textOf(chart)).toBe('a chart of downloads');
});
