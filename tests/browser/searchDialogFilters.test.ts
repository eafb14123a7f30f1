import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { dialogInput, waitForDialogResults, openSearchPage } from '../../scripts/lib/searchResults.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

test.each([
  ['a desktop', { viewport: { width: 1280, height: 800 } }],
  ['a phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
] as const)('on %s, the search dialog leads to the filters on the search page, with its query', async (_, options) => {
  const { page, errors } = await recordedPage(browser(), options);
  await page.goto(`${siteUrl}topics/safety/`);
  await page.locator('[data-search-trigger]').first().click();
  await page.locator(dialogInput).fill('misuse');
  await waitForDialogResults(page, 'misuse');
  const link = page.locator('dialog.search-dialog[open] a.search-full');
  await expect(link.isVisible()).resolves.toBe(true);
  await link.click();
  await page.waitForURL(/\/search\/\?q=misuse$/);
  await page.locator('[data-search-page][data-ready]').waitFor();
  await expect(page.locator('[data-search-page] input[type="search"]').inputValue()).resolves.toBe('misuse');
  expect(await page.locator('.search-filters input[type="checkbox"]').count()).toBeGreaterThan(5);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('for a question no essay discusses, the offered arguments are called what they are, and each filter count is what ticking it gives', async () => {
  const { page, errors } = await recordedPage(browser());
  await openSearchPage(page, `${siteUrl}search/?q=${encodeURIComponent('electricity bill')}`);
  const output = page.locator('[data-search-page] .search-output:not([aria-busy])');
  await expect(output.locator('.search-summary').innerText()).resolves.toMatch(
    /least far from it in meaning, though none is about it/,
  );
  const offered = await output.locator('.search-result').count();
  expect(offered).toBeGreaterThan(0);
  // The badge says what it means to a screen reader, and on hover.
  const badge = output.locator('.search-result .result-meaning').first();
  await expect(badge.getAttribute('title')).resolves.toMatch(/what your words mean/);
  const stances = page.locator('.search-filters fieldset', { hasText: 'Stance' }).locator('label');
  await expect.poll(() => stances.count()).toBe(3);
  const shown = await stances.evaluateAll((labels) =>
    labels.map((label) => ({
      value: label.textContent!.trim().replace(/\s*\d+$/, ''),
      count: Number(/\d+$/.exec(label.textContent!.trim())![0]),
    })),
  );
  expect(shown.reduce((sum, { count }) => sum + count, 0)).toBe(offered);
  for (const { value, count } of shown) {
    const box = stances.filter({ hasText: value }).locator('input');
    await box.check();
    await expect
      .poll(() => page.locator('[data-search-page] .search-output:not([aria-busy]) .search-result').count())
      .toBe(count);
    await box.uncheck();
  }
  expect(errors).toEqual([]);
  await page.context().close();
});
