import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { readEssayFiles, readTopicFiles } from '../support/content.ts';
import { essayUrl, topicUrl } from '../../src/lib/page/routes.ts';

// Issue 17, "Reading first": what the reader came for starts within the first screens. The bounds
// are the issue's; page heights are deterministic for a given build and browser, so a test may
// assert them.
const siteUrl = inject('siteUrl');
const browser = useBrowser();
const topics = await readTopicFiles();
const essays = await readEssayFiles();

const screens = {
  phone: {
    options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    firstArgument: 1700,
    perArgument: 700,
    firstParagraph: 844,
  },
  desktop: {
    options: { viewport: { width: 1280, height: 800 } },
    firstArgument: 900,
    perArgument: Infinity,
    firstParagraph: 600,
  },
} as const;

/** Where an element's top edge sits on the page, in CSS pixels from the top of the document. */
function pageTop(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
}

describe.each(Object.entries(screens))('at %s size', (_name, screen) => {
  test.each(topics.map(({ id }) => id))(
    'the %s topic page starts its first argument in reach and stays short per argument',
    async (id) => {
      const { page, errors } = await recordedPage(browser(), screen.options);
      await page.goto(topicUrl(id, siteUrl));
      const first = await pageTop(page, '.argument h3');
      expect(first).toBeLessThanOrEqual(screen.firstArgument);
      const count = await page.locator('.argument').count();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(count).toBeGreaterThan(0);
      expect(height / count).toBeLessThanOrEqual(screen.perArgument);
      console.log(`${_name} ${id}: first argument at ${Math.round(first)} px, ${Math.round(height / count)} px per argument`);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  test.each(essays.map(({ id }) => id))('the %s essay page starts its first paragraph within reach', async (id) => {
    const { page, errors } = await recordedPage(browser(), screen.options);
    await page.goto(essayUrl(id, siteUrl));
    const first = await pageTop(page, '[data-section] p');
    expect(first).toBeLessThanOrEqual(screen.firstParagraph);
    console.log(`${_name} ${id}: first paragraph at ${Math.round(first)} px`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

test('on a phone the header is one row of at most 64 px, its links folded into a menu that opens without JavaScript', async () => {
  const { page } = await recordedPage(browser(), { ...screens.phone.options, javaScriptEnabled: false });
  await page.goto(topicUrl(topics[0]!.id, siteUrl));
  const header = (await page.locator('.site-header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(64);
  const topicLink = page.locator('.site-header nav a', { hasText: topics[1]!.frontmatter.title });
  await expect(topicLink.isVisible()).resolves.toBe(false);
  await page.locator('.site-header summary').click();
  await expect(topicLink.isVisible()).resolves.toBe(true);
  await topicLink.click();
  await page.waitForURL(`**${topicUrl(topics[1]!.id, '/')}`);
  await page.context().close();
});

test('on a wide screen the header is one row showing every section link, and the contents list shows beside the page', async () => {
  const { page } = await recordedPage(browser(), screens.desktop.options);
  await page.goto(essayUrl(essays[0]!.id, siteUrl));
  const header = (await page.locator('.site-header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(64);
  for (const link of await page.locator('.site-header nav a').all()) await expect(link.isVisible()).resolves.toBe(true);
  await expect(page.locator('.site-header summary').isVisible()).resolves.toBe(false);
  const toc = (await page.locator('.toc nav').boundingBox())!;
  const article = (await page.locator('[data-section] p').first().boundingBox())!;
  expect(toc.x).toBeGreaterThan(article.x + article.width);
  expect(toc.height).toBeGreaterThan(0);
  await page.context().close();
});

test('on a phone "On this page" is one folded line at the top, and so are the essay’s argument map and each "Cited by" list', async () => {
  const { page } = await recordedPage(browser(), screens.phone.options);
  await page.goto(essayUrl(essays[0]!.id, siteUrl));
  await expect(page.locator('.toc summary').isVisible()).resolves.toBe(true);
  await expect(page.locator('.toc nav a').first().isVisible()).resolves.toBe(false);
  await expect(page.locator('.essay-map-summary summary').innerText()).resolves.toMatch(/^Makes \d+ arguments? in \d+ topics?$/);
  await expect(page.locator('.essay-map-summary a').first().isVisible()).resolves.toBe(false);
  for (const list of await page.locator('.cited-in').all()) {
    const summary = (await list.locator('summary').boundingBox())!;
    const folded = (await list.boundingBox())!;
    // One line of apparatus: the folded list is no taller than its summary.
    expect(folded.height).toBeLessThanOrEqual(summary.height + 1);
  }
  await page.locator('.toc summary').click();
  await expect(page.locator('.toc nav a').first().isVisible()).resolves.toBe(true);
  await page.context().close();
});

test('on a wide screen the contents list marks the section in view as the reader scrolls', async () => {
  const { page } = await recordedPage(browser(), screens.desktop.options);
  await page.goto(essayUrl(essays[0]!.id, siteUrl));
  const link = page.locator('.toc nav a').nth(2);
  const target = (await link.getAttribute('href'))!;
  // Scroll the reader's way (the wheel), until the section's heading reaches the top of the window.
  const top = await pageTop(page, target);
  await page.mouse.move(300, 400);
  await page.mouse.wheel(0, top - 80);
  await expect.poll(() => link.getAttribute('aria-current')).toBe('true');
  await expect(page.locator('.toc nav a[aria-current]').count()).resolves.toBe(1);
  await page.context().close();
});

test('a landed anchor and a focused link sit clear of the sticky header', async () => {
  const { page } = await recordedPage(browser(), screens.desktop.options);
  const [topic] = topics;
  await page.goto(`${topicUrl(topic!.id, siteUrl)}#against`);
  const header = (await page.locator('.site-header').boundingBox())!;
  await expect
    .poll(() => page.locator('#against').evaluate((element) => element.getBoundingClientRect().top))
    .toBeGreaterThanOrEqual(header.height);
  await page.context().close();
});
