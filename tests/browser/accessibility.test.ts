import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { pageSizes } from '../../scripts/lib/builtSite.ts';
import { recordedPage } from '../support/page.ts';
import { axeViolations } from '../support/axe.ts';
import { topResultLinks, openSearchPage } from '../../scripts/lib/searchResults.ts';
import { samplePages, sampleSeed } from '../support/samplePages.ts';
import { themeSettings, themeStorageKey } from '../../src/lib/model/theme.ts';

const siteUrl = inject('siteUrl');
// Every template, on a sample of its pages (the first, the largest and one at random).
const pages = samplePages(await pageSizes()).map((path) => path.replace(/^\//, ''));
console.log(`axe: ${pages.length} pages, sample seed ${sampleSeed}`);
const browser = useBrowser();

// axe is injected as a script, which the site's own policy rightly forbids; only these contexts bypass it.
// Each colour is defined once for both schemes (global.css); theme.test.ts checks that a forced
// theme renders exactly what the device scheme of that name renders, so axe checks the two schemes.
describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
  test.each(pages)('/%s has no WCAG 2.2 A/AA violation', async (path) => {
    const { page } = await recordedPage(browser(), { colorScheme, bypassCSP: true });
    await page.goto(`${siteUrl}${path}`);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  // The theme switch forces a scheme; theme.test.ts shows its colours are the device scheme's,
  // and this checks the claim end to end on the page with the most colours (badges, pills, table).
  test.each(themeSettings)('with the theme set to %s, /topics/safety/ has no violation', async (theme) => {
    const { page } = await recordedPage(browser(), { colorScheme, bypassCSP: true });
    await page.addInitScript(
      ([key, value]) => (value === 'system' ? localStorage.removeItem(key!) : localStorage.setItem(key!, value!)),
      [themeStorageKey, theme],
    );
    await page.goto(`${siteUrl}topics/safety/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe(theme);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('the search dialog, open with results, has no violation', async () => {
    const { page } = await recordedPage(browser(), { colorScheme, bypassCSP: true });
    await page.goto(`${siteUrl}topics/safety/`);
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog[open] input').fill('open source');
    await page.locator('dialog.search-dialog .search-result').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('the search page with filters and results has no violation', async () => {
    const { page } = await recordedPage(browser(), { colorScheme, bypassCSP: true });
    await openSearchPage(page, `${siteUrl}search/?q=model&stance=for`);
    await topResultLinks(page, 1);
    await page.locator('.search-filters label', { hasText: 'Transparency' }).click();
    await topResultLinks(page, 1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
