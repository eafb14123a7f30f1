import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { isVisibleInViewport, recordedPage, type PageRecord } from '../support/page.ts';
import { pageInput, openSearchPage } from '../../scripts/lib/searchResults.ts';
import { stopWords } from '../../src/lib/search/searchWords.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const withoutQuery = (href: string) => href.replace(/\?[^#]*/, '');

// What a reader typing these words should find among the first three results: single words the
// essays use, and questions in plain language, whose words the essays often do not use.
const queries: [query: string, expected: string][] = [
  ['misuse', '/topics/safety/#misuse-risk'],
  ['hacking', '/topics/safety/#misuse-risk'],
  ['theft', '/topics/safety/#data-and-model-theft'],
  ['licence', '/topics/licensing/#licence-strings'],
  ['commercialize', '/topics/licensing/#free-riding'],
  ['competitive advantage', '/topics/licensing/#competitive-edge'],
  ['hybrid', '/topics/licensing/#hybrid-release'],
  ['funding', '/topics/sustainability/#funded-community'],
  ['computational resources', '/topics/sustainability/#compute-hurdle'],
  ['biases', '/topics/transparency/#bias-hunting'],
  ['regulation', '/topics/transparency/#mandated-disclosure'],
  ['fairness', '/topics/transparency/#fairness-gains'],
  ['accuracy', '/topics/licensing/#par-with-proprietary'],
  ['licensing', '/topics/licensing/'],
  // The readers' questions from the issue that asked for plain-language search.
  ['who pays for open models', '/topics/sustainability/#funded-community'],
  ['how do open models get paid for', '/topics/sustainability/#funded-community'],
  // The claim that anyone can change and pass on an open model answers it most directly.
  ['is it safe to let anyone download a model', '/topics/safety/#modify-and-redistribute'],
  // More questions as readers put them.
  ['can criminals misuse ai', '/topics/safety/#misuse-risk'],
  ['do companies lose money', '/topics/licensing/#competitive-edge'],
  ['stolen models', '/topics/safety/#data-and-model-theft'],
  ['what does the licence require', '/topics/licensing/#licence-strings'],
  ['are open models fair', '/topics/transparency/#fairness-gains'],
  ['should governments make laws about ai', '/topics/transparency/#mandated-disclosure'],
  ['can small startups use ai', '/topics/licensing/#level-playing-field'],
  ['how much does it cost to train a model', '/topics/licensing/#free-riding'],
  ['monopoly', '/topics/licensing/#power-spread'],
  ['is it hard to customise a model', '/topics/licensing/#tailor-to-needs'],
  ['what if a model is abandoned', '/topics/sustainability/#orphaned-upkeep'],
];

// One browser page for every query: the search page, typed into as a reader would.
let record: PageRecord;
beforeAll(async () => {
  record = await recordedPage(browser());
  await openSearchPage(record.page, `${siteUrl}search/`);
});
afterAll(() => record.page.context().close());

/** Types a query into the search page and returns the result links once its results are in. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator(pageInput).fill(query);
  await page.waitForFunction(
    (wanted) => {
      const output = document.querySelector('[data-search-page] .search-output:not([aria-busy])');
      return !!output?.querySelector('.search-summary')?.textContent?.includes(wanted);
    },
    query,
    { timeout: 10_000 },
  );
  return page
    .locator('[data-search-page] .search-result > a.result-title')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

describe('searching', () => {
  test.each(queries)('"%s" puts %s in the top three', async (query, expected) => {
    const links = await search(record.page, query);
    expect(links.slice(0, 3).map(withoutQuery)).toContain(expected);
  });

  test('leaves no error behind', () => {
    expect(record.errors).toEqual([]);
  });
});

test('a result lands on its argument, in view, with the words marked there and no stop word or common word marked', async () => {
  const { page, errors } = await recordedPage(browser());
  await openSearchPage(page, `${siteUrl}search/?q=${encodeURIComponent('is it safe to let anyone download a model')}`);
  const href = (await page.locator('.search-result > a.result-title').first().getAttribute('href'))!;
  expect(withoutQuery(href)).toBe('/topics/safety/#modify-and-redistribute');
  const words = new URL(href, siteUrl).searchParams.getAll('pagefind-highlight');
  expect(words.filter((word) => stopWords.has(word))).toEqual([]);
  expect(words).not.toContain('model');

  await page.goto(new URL(href, siteUrl).href);
  await page.locator('mark.pagefind-highlight').first().waitFor();
  const marks = await page.locator('mark.pagefind-highlight').evaluateAll((all) =>
    all.map((mark) => ({
      text: mark.textContent!.toLowerCase(),
      inside: !!mark.closest('.argument:has(#modify-and-redistribute)'),
    })),
  );
  expect(marks.filter((mark) => !mark.inside)).toEqual([]);
  expect(marks.map((mark) => mark.text)).toContain('anyone');
  expect(marks.filter((mark) => stopWords.has(mark.text) || /^models?$/.test(mark.text))).toEqual([]);
  expect(await isVisibleInViewport(page, '#modify-and-redistribute')).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});
