import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { pageSizes } from '../../scripts/lib/builtSite.ts';
import { samplePages, sampleSeed } from '../support/samplePages.ts';
import { recordedPage } from '../support/page.ts';

const siteUrl = inject('siteUrl');
// Every template, on a sample of its pages (the first, the largest and one at random): targets are
// sized by the templates' styles, not by the content a page holds.
const pages = samplePages(await pageSizes()).map((path) => path.replace(/^\//, ''));
console.log(`target size: ${pages.length} pages, sample seed ${sampleSeed}`);
const browser = useBrowser();

/**
 * Every visible link, button, select and summary smaller than `min` CSS px in width or height,
 * as "text (width×height)". Links inside a sentence are exempt, as WCAG 2.5.8 allows: an inline
 * link whose block holds other text besides it.
 */
function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const blockOf = (element: Element): Element => {
      let node = element.parentElement;
      while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
      return node ?? document.body;
    };
    // A form control's labels are part of its target: clicking them works the control.
    const targetBox = (element: HTMLElement) => {
      const boxes = [element, ...((element as HTMLInputElement).labels ?? [])].map((part) => part.getBoundingClientRect());
      const left = Math.min(...boxes.map((box) => box.left));
      const top = Math.min(...boxes.map((box) => box.top));
      return {
        width: Math.max(...boxes.map((box) => box.right)) - left,
        height: Math.max(...boxes.map((box) => box.bottom)) - top,
      };
    };
    const inSentence = (element: HTMLElement) =>
      getComputedStyle(element).display === 'inline' &&
      (blockOf(element).textContent ?? '').replace(/\s+/g, '').length > (element.textContent ?? '').replace(/\s+/g, '').length;
    return [...document.querySelectorAll<HTMLElement>('a[href], button, select, summary, input:not([type="hidden"])')]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.sr-only'))
      .filter((element) => !inSentence(element))
      .map((element) => ({ element, box: targetBox(element) }))
      .filter(({ box }) => box.width > 1 && box.height > 1 && (box.width < min - 0.5 || box.height < min - 0.5))
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') || element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50)}" (${Math.round(box.width)}×${Math.round(box.height)})`,
      );
  }, min);
}

/** Waits until the page's script has shown what it shows (copy buttons, the theme switch, the search page). */
async function settle(page: Page): Promise<void> {
  // On phones the theme switch sits in the folded menu: wait for the script to have wired it, not for it to show.
  await page.locator('[data-theme-select][data-ready]').first().waitFor({ state: 'attached' });
  if (await page.locator('[data-search-page]').count()) await page.locator('[data-search-page][data-ready]').waitFor();
}

describe.each([
  { pointer: 'fine', min: 24, options: {} },
  { pointer: 'coarse', min: 44, options: { hasTouch: true, isMobile: true } },
])('at 390 px with a $pointer pointer', ({ pointer, min, options }) => {
  test.each(pages)(`every target on /%s is at least ${min}×${min} px`, async (path) => {
    const { page } = await recordedPage(browser(), { viewport: { width: 390, height: 844 }, ...options });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    await page.goto(`${siteUrl}${path}`);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(pointer === 'coarse');
    await settle(page);
    expect(await smallTargets(page, min)).toEqual([]);
    await page.context().close();
  });
});
