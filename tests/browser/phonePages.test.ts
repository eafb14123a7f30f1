import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { readArgumentFiles, readEssayFiles } from '../support/content.ts';
import { argumentUrl, essaysIndexUrl, topicUrl } from '../../src/lib/page/routes.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const essays = await readEssayFiles();
const [argument] = await readArgumentFiles();
/** A 390 px phone with a touch screen, where `(pointer: coarse)` holds. */
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const pages = [
  // Name, address, and whether its headings carry copy-link buttons (shown once the script runs).
  ['the essays index', essaysIndexUrl(1, undefined, siteUrl), false],
  ['an argument page', argumentUrl(argument!.id, siteUrl), true],
  ['a topic page', topicUrl(argument!.topic, siteUrl), true],
] as const;
// The regions these pages are made of; the heading controls and search control are measured too.
const targets =
  '.site-header a, .filters a, .essay-list a, .pagination a, .argument-page a, .argument-meta a, .stance-grid a, summary, ' +
  '.toc a, .citation a, .anchor-link, .copy-link, .prev-next a';

/** Links and buttons on screen that are smaller than `min` px either way, as readable lines. */
async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.locator(targets).evaluateAll(
    (elements, size) =>
      elements.flatMap((element) => {
        const { width, height } = element.getBoundingClientRect();
        if (width === 0 && height === 0) return [];
        return width < size || height < size ? [`${element.textContent?.trim()} ${width}x${height}`] : [];
      }),
    min,
  );
}

test.each(pages)(
  '%s fits a 390 px phone: no sideways scrolling, every target at least 44 px',
  async (_name, path, copyButtons) => {
    const { page, errors } = await recordedPage(browser(), phone);
    await page.goto(path);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    if (copyButtons) await page.locator('.copy-link').first().waitFor();
    expect(await page.locator(targets).count()).toBeGreaterThan(10);
    expect(await smallTargets(page, 44)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  },
);

test('without JavaScript, a phone reader filters the essays index by kind and opens an essay', async () => {
  const { page } = await recordedPage(browser(), { ...phone, javaScriptEnabled: false });
  await page.goto(essaysIndexUrl(1, undefined, siteUrl));
  await expect(page.locator('.essay-list > li').count()).resolves.toBe(Math.min(essays.length, 50));
  const kind = essays.at(-1)!.frontmatter.kind;
  const sameKind = essays.filter((essay) => essay.frontmatter.kind === kind);
  await page.locator(`nav.filters a[href$="/essays/kind/${kind}/"]`).click();
  await page.waitForURL(`**/essays/kind/${kind}/`);
  await expect(page.locator('.essay-list > li h2').allInnerTexts()).resolves.toEqual(
    sameKind.slice(0, 50).map((essay) => essay.frontmatter.shortTitle),
  );
  await page.locator('.essay-list > li h2 a').first().click();
  await page.waitForURL(`**/essays/${sameKind[0]!.id}/`);
  await expect(page.locator('h1').innerText()).resolves.toBe(sameKind[0]!.frontmatter.title);
  await page.context().close();
});

test('without JavaScript, a phone reader goes from an argument on its topic page to all its quotes and back', async () => {
  const { page } = await recordedPage(browser(), { ...phone, javaScriptEnabled: false });
  await page.goto(`${topicUrl(argument!.topic, siteUrl)}#${argument!.id}`);
  await page.locator(`[data-argument="${argument!.id}"] .argument-meta a`).click();
  await page.waitForURL(`**${argumentUrl(argument!.id, '/')}`);
  await expect(page.locator('h1').innerText()).resolves.toBe(argument!.claim);
  // Its own quotes, not the evidence of the relations it takes part in (section.answers).
  await expect(page.locator('.citation:not(section.answers .citation) blockquote').count()).resolves.toBe(
    argument!.citations.length,
  );
  await page.locator('.argument-page a', { hasText: 'See it beside the other arguments' }).click();
  await page.waitForURL(`**${topicUrl(argument!.topic, '/')}#${argument!.id}`);
  await expect(page.locator(`#${argument!.id}`).isVisible()).resolves.toBe(true);
  await page.context().close();
});
