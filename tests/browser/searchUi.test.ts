import { readFile } from 'node:fs/promises';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { paths } from '../../scripts/lib/paths.ts';
import { dialogInput, pageInput, topResultLinks, waitForDialogResults, openSearchPage } from '../../scripts/lib/searchResults.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

async function resultTitles(page: Page): Promise<string[]> {
  return (await topResultLinks(page)).slice(0, 3).map(({ title }) => title);
}

/** The number of results the summary reports ("12 results for open"). */
async function resultCount(page: Page): Promise<number> {
  return Number((await page.locator('[data-search-page] .search-summary').innerText()).match(/^(\d+) results? for /)?.[1]);
}

// The built site's open data: what the search results must agree with.
const debate = JSON.parse(await readFile(`${paths.site}/debate.json`, 'utf8')) as {
  arguments: { id: string; explanation: string }[];
  relations: { from: string; to: string }[];
};

const searchRequests = (requests: string[]) => requests.filter((url) => url.includes('/pagefind/'));

test('a reading page fetches no search code or index until the reader shows intent', async () => {
  const { page, requests } = await recordedPage(browser());
  await page.goto(`${siteUrl}topics/safety/`);
  await page.waitForLoadState('networkidle');
  expect(searchRequests(requests)).toEqual([]);
  await page.locator('[data-search-trigger]').hover();
  await expect.poll(() => searchRequests(requests).some((url) => url.endsWith('pagefind.js')), { timeout: 10_000 }).toBe(true);
  // The search styles come with the search code, not with the page.
  await expect.poll(() => requests.some((url) => /\/_astro\/search\.[\w-]+\.css$/.test(url)), { timeout: 10_000 }).toBe(true);
  await page.context().close();
});

test('"/" and Ctrl+K open the search dialog; Esc closes it and keeps the query and its results', async () => {
  const { page, errors } = await recordedPage(browser());
  await page.goto(`${siteUrl}essays/deep-learning-models-public/`);
  const input = page.locator(dialogInput);
  await page.keyboard.press('/');
  await input.waitFor();
  await page.keyboard.type('hybrid');
  await waitForDialogResults(page, 'hybrid');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('dialog.search-dialog[open]').count(), { timeout: 10_000 }).toBe(0);
  await page.keyboard.press('Control+k');
  await input.waitFor();
  await expect(input.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
  await expect(input.inputValue()).resolves.toBe('hybrid');
  await waitForDialogResults(page, 'hybrid');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('Enter in the dialog opens the first result, and the footer says what each key does', async () => {
  const { page } = await recordedPage(browser());
  await page.goto(`${siteUrl}topics/safety/`);
  await page.keyboard.press('/');
  await page.locator(dialogInput).fill('hybrid');
  await waitForDialogResults(page, 'hybrid');
  const hints = await page.locator('dialog.search-dialog .search-hints li').allInnerTexts();
  expect(hints.map((hint) => hint.replace(/\s+/g, ' '))).toEqual([
    'Enter opens the first result',
    '↑ ↓ move between results',
    'Esc closes and keeps your query',
  ]);
  const first = await page.locator('dialog.search-dialog .search-result a.result-title').first().getAttribute('href');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname + url.search + url.hash === first);
  await page.locator('mark.pagefind-highlight').first().waitFor();
  await page.context().close();
});

test('the "/" hint shows where a keyboard is likely, and neither on touch-only devices nor without JavaScript', async () => {
  const hintShown = async (options: Parameters<typeof recordedPage>[1]) => {
    const { page } = await recordedPage(browser(), options);
    await page.goto(`${siteUrl}`);
    await page.locator('[data-search-trigger]').waitFor();
    if (options?.javaScriptEnabled !== false) await page.waitForLoadState('networkidle');
    const shown = await page.locator('[data-search-trigger] kbd').isVisible();
    await page.context().close();
    return shown;
  };
  await expect(hintShown({})).resolves.toBe(true);
  await expect(hintShown({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } })).resolves.toBe(false);
  await expect(hintShown({ javaScriptEnabled: false })).resolves.toBe(false);
});

test('a question with words the site never uses is narrowed, and the summary says so', async () => {
  const { page } = await recordedPage(browser());
  await openSearchPage(page, `${siteUrl}search/?q=${encodeURIComponent('who pays for open models')}`);
  const [first] = await topResultLinks(page, 1);
  expect(first!.href).toMatch(/#funded-community$/);
  await expect(page.locator('.search-summary').innerText()).resolves.toMatch(
    /^No page has all of “who pays for open models”; showing \d+ results? for “pays[^”]*”( and the closest in meaning)?$/,
  );
  await page.context().close();
});

test('a word nothing on the site uses is told no essay discusses it and gets the topics to browse, in the dialog and on the search page', async () => {
  const { page } = await recordedPage(browser());
  await openSearchPage(page, `${siteUrl}search/?q=energy`);
  // The closest arguments are offered as what they are: the least far, not about it.
  await expect(page.locator('.search-summary').innerText()).resolves.toMatch(
    /^No essay discusses energy\. The (argument|\d+ arguments) least far from it in meaning, though none is about it:$/,
  );
  const topics = page.locator('[data-search-page] .search-topics a');
  await expect.poll(() => topics.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const hrefs = await topics.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const headerTopics = await page
    .locator('header a[href*="/topics/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')))]);
  expect([...hrefs].sort()).toEqual([...headerTopics].sort());

  await page.goto(`${siteUrl}topics/safety/`);
  await page.keyboard.press('/');
  await page.locator(dialogInput).fill('energy');
  await expect.poll(() => page.locator('dialog.search-dialog .search-topics a').count(), { timeout: 10_000 }).toBe(hrefs.length);
  await page.context().close();
});

test("a garbled word that even Pagefind's typo tolerance misses offers close terms from the index", async () => {
  const { page } = await recordedPage(browser());
  await openSearchPage(page, `${siteUrl}search/?q=compuzzz`);
  const terms = page.locator('.search-terms a');
  await expect.poll(() => terms.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(terms.allInnerTexts()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^compu/)]));
  await page.context().close();
});

test('each result shows its page, its title, stance and topic badges and an excerpt with the words marked', async () => {
  const { page } = await recordedPage(browser());
  await openSearchPage(page, `${siteUrl}search/?q=misuse&topic=safety`);
  await resultTitles(page);
  const first = page.locator('.search-result').first();
  // The topic is a badge; the line above the title says what the result is, without repeating it.
  await expect(first.locator('.result-page').innerText()).resolves.toBe('Argument');
  await expect(first.locator('.badge').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Safety']));
  await expect(first.locator('.result-excerpt mark').first().innerText()).resolves.toMatch(/misuse/i);
  await page.context().close();
});

test('filters narrow the results, and the URL holds the query and filters', async () => {
  const { page } = await recordedPage(browser());
  await openSearchPage(page, `${siteUrl}search/?q=open`);
  await resultTitles(page);
  const all = await resultCount(page);
  await openSearchPage(page, `${siteUrl}search/?q=open&stance=against&topic=safety`);
  await resultTitles(page);
  const narrowed = await resultCount(page);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const result of await page.locator('.search-result').all()) {
    await expect(result.locator('.badge').allInnerTexts()).resolves.toEqual(['Against', 'Safety']);
  }
  await expect(page.locator(pageInput).inputValue()).resolves.toBe('open');
  await page.context().close();
});

test('a shared search URL reproduces the same results in a new browser', async () => {
  const url = `${siteUrl}search/?q=funding&kind=argument`;
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
  await openSearchPage(page, `${siteUrl}search/`);
  await page.locator(pageInput).fill('security');
  await page.waitForURL(/\?q=security$/);
  const unfiltered = await resultTitles(page);
  await page.locator('.search-filters label', { hasText: 'Middle ground' }).click();
  await page.waitForURL(/stance=middle-ground/);
  const filtered = await resultTitles(page);
  expect(filtered).not.toEqual(unfiltered);
  await page.goBack();
  await page.waitForURL(/\?q=security$/);
  await expect.poll(() => resultTitles(page), { timeout: 10_000 }).toEqual(unfiltered);
  await page.goForward();
  await page.waitForURL(/stance=middle-ground/);
  await expect.poll(() => resultTitles(page), { timeout: 10_000 }).toEqual(filtered);
  await page.reload();
  await expect.poll(() => resultTitles(page), { timeout: 10_000 }).toEqual(filtered);
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
  await openSearchPage(page, `${baseSiteUrl}search/?q=hybrid`);
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
  await page.locator(dialogInput).fill('hybrid');
  await waitForDialogResults(page, 'hybrid');
  await expect(page.locator('dialog.search-dialog button', { hasText: /close/i }).count()).resolves.toBe(1);
  await page.locator('dialog.search-dialog .search-close').click();
  await expect.poll(() => page.locator('dialog.search-dialog[open]').count(), { timeout: 10_000 }).toBe(0);
  await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).resolves.toBe(true);
  await page.context().close();
});

test('an argument’s result links the arguments that answer it, as the debate records them, and each link opens that argument', async () => {
  // The argument with the most answers, whatever the content holds today.
  const answering = Map.groupBy(debate.relations, ({ to }) => to);
  const [answered, relations] = [...answering].sort((a, b) => b[1].length - a[1].length)[0]!;
  const { page, errors } = await recordedPage(browser());
  await openSearchPage(page, `${siteUrl}search/?q=${answered.replaceAll('-', ' ')}`);
  await topResultLinks(page, 1);
  const result = page.locator('.search-result', { has: page.locator(`a.result-title[href$="#${answered}"]`) });
  const links = result.locator('.result-answers a');
  await expect(links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).resolves.toEqual(
    relations.map(({ from }) => `/arguments/${from}/`),
  );
  await expect(result.locator('.result-answers').innerText()).resolves.toMatch(
    new RegExp(`^Answered by ${relations.length} arguments: `),
  );
  const [first] = relations;
  await links.first().click();
  await page.waitForURL(`**/arguments/${first!.from}/`);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('an argument found by meaning alone shows the start of its explanation, not a stub of its record', async () => {
  const explanations = new Map(debate.arguments.map(({ id, explanation }) => [id, explanation]));
  const { page, errors } = await recordedPage(browser());
  await openSearchPage(page, `${siteUrl}search/?q=${encodeURIComponent('how can misuse be prevented')}`);
  await topResultLinks(page, 3);
  const unmarked = await page.locator('.search-result').evaluateAll((items) =>
    items
      .map((item) => ({
        href: item.querySelector('a.result-title')?.getAttribute('href') ?? '',
        excerpt: item.querySelector(':scope > .result-excerpt'),
      }))
      .filter(({ excerpt }) => excerpt && !excerpt.querySelector('mark'))
      .map(({ href, excerpt }) => ({ id: href.split('#')[1] ?? '', text: excerpt!.textContent!.trim() })),
  );
  const arguments_ = unmarked.filter(({ id }) => explanations.has(id));
  expect(arguments_.length).toBeGreaterThan(0);
  for (const { id, text } of arguments_) {
    const words = explanations.get(id)!.split(/\s+/);
    expect(text).toBe(words.slice(0, 22).join(' ') + (words.length > 22 ? '…' : ''));
  }
  expect(errors).toEqual([]);
  await page.context().close();
});
