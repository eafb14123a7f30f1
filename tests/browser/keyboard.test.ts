import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { isVisibleInViewport, recordedPage } from '../support/page.ts';
import { focusedHref, waitForDialogResults } from '../../scripts/lib/searchResults.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Describes the focused element and whether a visible focus indicator is drawn around it. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const box = element.getBoundingClientRect();
    return {
      text: element.textContent?.trim() ?? '',
      tag: element.tagName,
      indicator: outlined && box.width > 0 && box.height > 0,
    };
  });
}

test('a keyboard-only reader can skip to content, use the header, search with "/" and land on a result', async () => {
  const { page, errors } = await recordedPage(browser());
  await page.goto(`${siteUrl}`);

  await page.keyboard.press('Tab');
  await expect(focused(page)).resolves.toMatchObject({ text: 'Skip to content', indicator: true });
  await page.keyboard.press('Enter');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

  // From the top again: every stop in the header shows where focus is.
  await page.goto(`${siteUrl}`);
  const stops = [];
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
  }
  expect(stops.map((stop) => stop.text)).toEqual(
    expect.arrayContaining(['Open Models Debate', 'Search/', 'Transparency', 'Safety', 'Licensing', 'Sustainability']),
  );
  expect(stops.filter((stop) => !stop.indicator)).toEqual([]);

  await page.keyboard.press('/');
  await page.locator('dialog.search-dialog[open] input').waitFor();
  await page.keyboard.type('regulation');
  await waitForDialogResults(page, 'regulation');
  await page.keyboard.press('ArrowDown');
  await focusedHref(page);
  await expect(focused(page)).resolves.toMatchObject({ tag: 'A', indicator: true });
  const first = await focusedHref(page);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((previous) => document.activeElement?.getAttribute('href') !== previous, first);
  // Back up to the first result, which holds the word in what its page shows (a later one may match
  // only an argument's keywords, which no page shows, so its landing marks nothing).
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction((previous) => document.activeElement?.getAttribute('href') === previous, first);
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  expect(new URL(target).searchParams.get('pagefind-highlight')).toBe('regulation');
  await page.keyboard.press('Enter');
  await page.waitForURL(target);
  const hash = new URL(target).hash;
  if (hash) expect(await isVisibleInViewport(page, hash)).toBe(true);
  await page.locator('mark.pagefind-highlight').first().waitFor();
  expect(errors).toEqual([]);
  await page.context().close();
});

test('smooth scrolling is used only when the reader has not asked for reduced motion', async () => {
  for (const [reducedMotion, expected] of [
    ['reduce', 'auto'],
    ['no-preference', 'smooth'],
  ] as const) {
    const { page } = await recordedPage(browser(), { reducedMotion });
    await page.goto(`${siteUrl}essays/open-source-ai-forum-thread/`);
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).resolves.toBe(expected);
    await page.context().close();
  }
});
