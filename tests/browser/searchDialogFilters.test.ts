import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { dialogInput, waitForDialogResults } from '../../scripts/lib/searchResults.ts';

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
