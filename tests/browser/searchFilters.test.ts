import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { topResultLinks, openSearchPage } from '../../scripts/lib/searchResults.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** A filter box by its group legend and value. */
const box = (page: Page, group: string, value: string) =>
  page.locator('.search-filters fieldset', { has: page.locator('legend', { hasText: group }) }).locator('label', {
    hasText: new RegExp(`^\\s*${value}\\s+\\d+\\s*$`),
  });

/** The count a box shows. */
async function countOf(page: Page, group: string, value: string): Promise<number> {
  return Number(await box(page, group, value).locator('.filter-count').innerText());
}

/** The values a group offers. */
async function valuesOf(page: Page, group: string): Promise<string[]> {
  return page
    .locator('.search-filters fieldset', { has: page.locator('legend', { hasText: group }) })
    .locator('input[type="checkbox"]')
    .evaluateAll((boxes) => boxes.map((input) => (input as HTMLInputElement).value));
}

/** How many results the page lists once its latest search is done (all pages of ten shown). */
async function resultCount(page: Page): Promise<number> {
  await topResultLinks(page, 1);
  return Number((await page.locator('.search-summary').innerText()).match(/^(\d+) results?/)?.[1] ?? 0);
}

async function openSearch(page: Page, query: string): Promise<void> {
  await openSearchPage(page, `${siteUrl}search/?q=${query}`);
  await topResultLinks(page, 1);
}

/** Ticks a box and waits for the search it starts to finish. */
async function tick(page: Page, group: string, value: string): Promise<void> {
  await box(page, group, value).click();
  await page.locator('[data-search-page] .search-output:not([aria-busy])').waitFor();
}

describe.each([
  ['on a desktop', { viewport: { width: 1280, height: 800 } }],
  ['on a 390 px phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
] as const)('search filters %s', (_where, options) => {
  test('each count is what ticking that box gives now; boxes in a group add up (OR), groups narrow (AND)', async () => {
    const { page } = await recordedPage(browser(), options);
    await openSearch(page, 'open');
    if (options.viewport.width < 600) await page.locator('.filters-toggle').click();

    const against = await countOf(page, 'Stance', 'Against');
    await tick(page, 'Stance', 'Against');
    expect(await resultCount(page)).toBe(against);
    const safetyUnderAgainst = await countOf(page, 'Topic', 'Safety');
    await tick(page, 'Topic', 'Safety');
    expect(await resultCount(page)).toBe(safetyUnderAgainst);
    // The ticked box reads what it gives with the other groups' choices: the results shown.
    expect(await countOf(page, 'Stance', 'Against')).toBe(safetyUnderAgainst);

    // A second stance adds its results to the first, and the first stays on offer.
    const forSafety = await countOf(page, 'Stance', 'For');
    await tick(page, 'Stance', 'For');
    expect(await resultCount(page)).toBe(safetyUnderAgainst + forSafety);
    expect(await valuesOf(page, 'Stance')).toEqual(['For', 'Against', 'Middle ground']);
    await expect(box(page, 'Stance', 'Against').locator('input').isChecked()).resolves.toBe(true);
    await expect(page.locator('.filters-toggle').innerText()).resolves.toBe('Filters (3)');
    await page.context().close();
  });

  test('no option disappears while ticked, even when the query leaves it no results', async () => {
    const { page } = await recordedPage(browser(), options);
    await openSearchPage(page, `${siteUrl}search/?q=hybrid&stance=for`);
    if (options.viewport.width < 600) await page.locator('.filters-toggle').click();
    await expect(box(page, 'Stance', 'For').locator('input').isChecked()).resolves.toBe(true);
    expect(await valuesOf(page, 'Kind')).toEqual(['Argument', 'Essay passage', 'Topic overview']);
    expect((await valuesOf(page, 'Topic')).length).toBeGreaterThan(1);
    await page.context().close();
  });
});

test('on a phone the filters wait behind a "Filters (n)" button above the results', async () => {
  const { page } = await recordedPage(browser(), { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await openSearch(page, 'open&stance=against');
  const toggle = page.locator('.filters-toggle');
  await expect(toggle.innerText()).resolves.toBe('Filters (1)');
  await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
  await expect(page.locator('.search-filters').isVisible()).resolves.toBe(false);
  const [toggleBox, firstResult] = await Promise.all([
    toggle.boundingBox(),
    page.locator('.search-result').first().boundingBox(),
  ]);
  expect(toggleBox!.y).toBeLessThan(firstResult!.y);
  expect(firstResult!.y).toBeLessThan(844);
  await toggle.click();
  await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
  await expect(page.locator('.search-filters').isVisible()).resolves.toBe(true);
  await page.context().close();
});

test('on a desktop the filters sit beside the results with no button', async () => {
  const { page } = await recordedPage(browser(), { viewport: { width: 1280, height: 800 } });
  await openSearch(page, 'open');
  await expect(page.locator('.filters-toggle').isVisible()).resolves.toBe(false);
  const [pane, firstResult] = await Promise.all([
    page.locator('.search-filters').boundingBox(),
    page.locator('.search-result').first().boundingBox(),
  ]);
  expect(pane!.x).toBeGreaterThan(firstResult!.x + firstResult!.width - 1);
  await page.context().close();
});
