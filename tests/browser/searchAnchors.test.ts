import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { loadBuiltSite, siteOrigin } from '../support/checkLinks.ts';
import { paths } from '../../scripts/lib/paths.ts';
import { readArgumentFiles, readEssayFiles, readTopicFiles } from '../support/content.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

test('every URL the search index can return, result or sub-result, resolves to a page and anchor', async () => {
  const { page } = await recordedPage(browser());
  await page.goto(`${siteUrl}search/`);
  // Ask the real index in the browser for everything it holds (a filter-only search).
  // Written as a string: Vitest would rewrite a dynamic import() inside a function.
  const urls: string[] = await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${siteUrl}pagefind/pagefind.js`)});
    const search = await pagefind.search(null, { filters: {} });
    const data = await Promise.all(search.results.map((result) => result.data()));
    // Sub-results link to the headings Pagefind recorded as anchors on each page.
    return data.flatMap((entry) => [entry.url, ...entry.anchors.map((anchor) => entry.url + '#' + anchor.id)]);
  })()`);
  const site = await loadBuiltSite(paths.site);
  // A record per essay, topic and argument at least, plus a sub-result per heading.
  const [essays, topics, args] = await Promise.all([readEssayFiles(), readTopicFiles(), readArgumentFiles()]);
  expect(urls.length).toBeGreaterThan(essays.length + topics.length + args.length);
  const broken = [];
  for (const url of new Set(urls)) {
    const reason = await site.resolve(new URL(url, siteOrigin));
    if (reason) broken.push(`${url}: ${reason}`);
  }
  expect(broken).toEqual([]);
  await page.context().close();
});
