import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { pagePaths } from '../support/builtSite.ts';
import { recordedPage } from '../support/page.ts';
import { topResultLinks } from '../support/searchResults.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const pages = (await pagePaths()).map((path) => path.replace(/^\//, ''));
const browser = useBrowser();

test('every page loads, with search opened and used, without a CSP violation or a request to another origin', async () => {
  const record = await recordedPage(browser());
  const { page } = record;
  for (const path of pages) {
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  }
  // Search in the dialog, follow a result (highlight script), then search on the search page.
  await page.goto(`${siteUrl}topics/safety/`);
  await page.keyboard.press('/');
  await page.locator('dialog.search-dialog[open] input').fill('funding');
  await page.locator('dialog.search-dialog .search-result a').first().click();
  await page.locator('mark.pagefind-highlight').first().waitFor();
  await page.goto(`${siteUrl}search/?q=licence&stance=against`);
  await page.locator('[data-search-page][data-ready]').waitFor();
  await topResultLinks(page, 1);

  expect(record.cspViolations).toEqual([]);
  expect(record.errors).toEqual([]);
  expect(record.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(record.requests.some((url) => url.endsWith('.pagefind'))).toBe(true);
  await page.context().close();
});
