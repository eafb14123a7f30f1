import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage, type PageRecord } from '../support/page.ts';
import { pageInput, openSearchPage } from '../../scripts/lib/searchResults.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

let record: PageRecord;
beforeAll(async () => {
  record = await recordedPage(browser());
  await openSearchPage(record.page, `${siteUrl}search/`);
});
afterAll(() => record.page.context().close());

/** Types a query into the search page and returns its summary and result links once they are in. */
async function search(query: string): Promise<{ links: string[]; counts: string[] }> {
  const { page } = record;
  await page.locator(pageInput).fill(query);
  await page.waitForFunction(
    (wanted) =>
      !!document
        .querySelector('[data-search-page] .search-output:not([aria-busy]) .search-summary')
        ?.textContent?.includes(wanted),
    query,
    { timeout: 10_000 },
  );
  const links = await page
    .locator('[data-search-page] .search-result > a.result-title')
    .evaluateAll((all) => all.map((link) => link.getAttribute('href')!.replace(/\?[^#]*/, '')));
  const counts = await page.locator('[data-search-page] .search-filters label').allInnerTexts();
  return { links, counts };
}

test.each([
  ['licence', 'license'],
  ['customise', 'customize'],
  ['licences', 'licenses'],
])('"%s" and "%s" find the same results, with the same filter counts, on the search page', async (british, american) => {
  const one = await search(british);
  const other = await search(american);
  expect(one.links.length).toBeGreaterThan(0);
  expect(new Set(one.links)).toEqual(new Set(other.links));
  expect(one.counts).toEqual(other.counts);
  expect(record.errors).toEqual([]);
});

test.each(['licence', 'address', 'open models'])(
  'results for "%s" carry no print-only text, no home page, no topic named twice and no excerpt that repeats its title',
  async (query) => {
    await search(query);
    const results = await record.page.locator('[data-search-page] .search-result').evaluateAll((items) =>
      items.map((item) => ({
        page: item.querySelector('.result-page')?.textContent?.trim() ?? '',
        title: item.querySelector('a.result-title')?.textContent?.trim() ?? '',
        href: item.querySelector('a.result-title')?.getAttribute('href') ?? '',
        badges: [...item.querySelectorAll(':scope > .badge')].map((badge) => badge.textContent?.trim() ?? ''),
        excerpt: item.querySelector(':scope > .result-excerpt')?.textContent?.trim() ?? '',
      })),
    );
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.excerpt, result.title).not.toMatch(/relative to this site’s address/);
      expect(result.href.replace(/\?[^#]*/, ''), result.title).not.toBe('/');
      for (const badge of result.badges) expect(result.page, result.title).not.toContain(badge);
      expect(result.excerpt.startsWith(result.title), result.title).toBe(false);
    }
  },
);
