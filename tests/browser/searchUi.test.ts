import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { topResultLinks } from '../support/searchResults.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

async function resultTitles(page: Page): Promise<string[]> {
  return (await topResultLinks(page)).slice(0, 3).map(({ title }) => title);
}

/** The number of results the summary reports ("12 results for open"). */
async function resultCount(page: Page): Promise<number> {
  return Number((await page.locator('pagefind-summary').innerText()).match(/^(\d+) results? for /)?.[1]);
}

const searchRequests = (requests: string[]) => requests.filter((url) => url.includes('/pagefind/'));

test('a reading page fetches no search code or index until the reader shows intent', async () => {
  const { page, requests } = await recordedPage(browser());
  await page.goto(`${siteUrl}topics/safety/`);
  await page.waitForLoadState('networkidle');
  expect(searchRequests(requests)).toEqual([]);
  await page.locator('[data-search-trigger]').hover();
  await expect.poll(() => searchRequests(requests).some((url) => url.endsWith('pagefind-component-ui.js'))).toBe(true);
  await page.context().close();
});

test('"/" and Ctrl+K open the search dialog and Esc closes it', async () => {
  const { page, errors } = await recordedPage(browser());
  await page.goto(`${siteUrl}essays/deep-learning-models-public/`);
  const input = page.locator('pagefind-modal dialog[open] input');
  await page.keyboard.press('/');
  await input.waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
  await page.keyboard.press('Control+k');
  await input.waitFor();
  await expect(input.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('each result shows its page, its title, stance and topic badges and an excerpt with the words marked', async () => {
  const { page } = await recordedPage(browser());
  await page.goto(`${siteUrl}search/?q=misuse&topic=safety`);
  await page.locator('[data-search-page][data-ready]').waitFor();
  await resultTitles(page);
  const first = page.locator('.search-result').first();
  await expect(first.locator('.result-page').innerText()).resolves.toMatch(/Safety/);
  await expect(first.locator('.badge').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Safety']));
  await expect(first.locator('.result-excerpt mark').first().innerText()).resolves.toMatch(/misuse/i);
  await page.context().close();
});

test('filters narrow the results, and the URL holds the query and filters', async () => {
  const { page } = await recordedPage(browser());
  await page.goto(`${siteUrl}search/?q=open`);
  await page.locator('[data-search-page][data-ready]').waitFor();
  await resultTitles(page);
  const all = await resultCount(page);
  await page.goto(`${siteUrl}search/?q=open&stance=against&topic=safety`);
  await page.locator('[data-search-page][data-ready]').waitFor();
  await resultTitles(page);
  const narrowed = await resultCount(page);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const result of await page.locator('.search-result').all()) {
    await expect(result.locator('.badge').allInnerTexts()).resolves.toEqual(['Against', 'Safety']);
  }
  await expect(page.locator('pagefind-input input').inputValue()).resolves.toBe('open');
  await page.context().close();
});

test('a shared search URL reproduces the same results in a new browser', async () => {
  const url = `${siteUrl}search/?q=funding&kind=topic`;
  const first = await recordedPage(browser());
  await first.page.goto(url);
  const expected = await resultTitles(first.page);
  await first.page.context().close();
  const second = await recordedPage(browser());
  await second.page.goto(url);
  await expect(resultTitles(second.page)).resolves.toEqual(expected);
  await second.page.context().close();
});

test('typing and choosing a filter update the URL; back and forward restore each search', async () => {
  const { page } = await recordedPage(browser());
  await page.goto(`${siteUrl}search/`);
  await page.locator('[data-search-page][data-ready]').waitFor();
  await page.locator('pagefind-input input').fill('security');
  await page.waitForURL(/\?q=security$/);
  const unfiltered = await resultTitles(page);
  await page.locator('pagefind-filter-pane label', { hasText: 'Middle ground' }).click();
  await page.waitForURL(/stance=middle-ground/);
  const filtered = await resultTitles(page);
  expect(filtered).not.toEqual(unfiltered);
  await page.goBack();
  await page.waitForURL(/\?q=security$/);
  await expect.poll(() => resultTitles(page)).toEqual(unfiltered);
  await page.goForward();
  await page.waitForURL(/stance=middle-ground/);
  await expect.poll(() => resultTitles(page)).toEqual(filtered);
  await page.reload();
  await expect.poll(() => resultTitles(page)).toEqual(filtered);
  await page.context().close();
});

test('without JavaScript the header control is a link to /search/, which explains and links the topics', async () => {
  const { page } = await recordedPage(browser(), { javaScriptEnabled: false });
  await page.goto(`${siteUrl}topics/safety/`);
  await page.locator('[data-search-trigger]').click();
  await page.waitForURL(/\/search\/$/);
  await expect(page.locator('main').innerText()).resolves.toMatch(/needs JavaScript/);
  await expect(page.locator('main a[href$="/topics/safety/"]').count()).resolves.toBe(1);
  await page.context().close();
});

test('search works on the build served under BASE_PATH: results stay inside the base path and land', async () => {
  const baseSiteUrl = inject('baseSiteUrl');
  const { page, errors } = await recordedPage(browser());
  await page.goto(`${baseSiteUrl}search/?q=hybrid`);
  await page.locator('[data-search-page][data-ready]').waitFor();
  const [first] = await topResultLinks(page, 1);
  expect(first!.href.startsWith(new URL(baseSiteUrl).pathname)).toBe(true);
  await page.goto(new URL(first!.href, baseSiteUrl).href);
  await page.locator('mark.pagefind-highlight').first().waitFor();
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the dialog has one close button, which closes it and returns focus to the search control', async () => {
  const { page } = await recordedPage(browser());
  await page.goto(`${siteUrl}topics/licensing/`);
  await page.locator('[data-search-trigger]').click();
  await page.locator('pagefind-modal dialog[open] input').fill('hybrid');
  await page.locator('pagefind-modal .search-result').first().waitFor();
  await expect(page.locator('pagefind-modal button', { hasText: /close/i }).count()).resolves.toBe(1);
  await page.locator('pagefind-modal .search-close').click();
  await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
  await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).resolves.toBe(true);
  await page.context().close();
});
