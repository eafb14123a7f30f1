import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { isInView, recordedPage } from '../support/page.ts';
import { readTopicFiles } from '../support/content.ts';

const siteUrl = inject('siteUrl');
const aliasSiteUrl = inject('aliasSiteUrl');
const browser = useBrowser();

test('a copy-link button, reached by keyboard, copies the absolute section URL and announces it', async () => {
  const { page, errors } = await recordedPage(browser());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
  await page.goto(`${siteUrl}topics/licensing/`);
  const button = page.locator('.argument button[data-copy-link]').first();
  const id = await button.getAttribute('data-copy-link');
  // Walk the tab order to the button, as a keyboard user would.
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press('Tab');
    if (await button.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('[data-announcer]').innerText()).toBe('Link copied');
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${siteUrl}topics/licensing/#${id}`);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the targeted section is marked and lands below the sticky header', async () => {
  const { page } = await recordedPage(browser(), { viewport: { width: 1280, height: 800 } });
  await page.goto(`${siteUrl}essays/open-source-ai-forum-thread/#reply-2`);
  expect(await isInView(page, '#reply-2')).toBe(true);
  const marked = await page.locator('[data-section="reply-2"]').evaluate((section) => getComputedStyle(section).borderLeftWidth);
  const unmarked = await page
    .locator('[data-section="reply-3"]')
    .evaluate((section) => getComputedStyle(section).borderLeftWidth);
  expect([marked, unmarked]).toEqual(['4px', '0px']);
  await page.context().close();
});

test.each([
  ['essays/renamed-essay/#last-section', '#the-final-section'],
  ['topics/safety/#old-misuse', '#fixture-misuse'],
])('an old link %s still lands on its renamed section', async (path, heading) => {
  const { page } = await recordedPage(browser(), { viewport: { width: 1280, height: 600 } });
  await page.goto(`${aliasSiteUrl}${path}`);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  expect(await isInView(page, heading)).toBe(true);
  await page.context().close();
});

test('an unknown address gets the 404 page, with topics and the search control', async () => {
  const { page } = await recordedPage(browser());
  const response = await page.goto(`${siteUrl}topics/privacy/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
  await expect(page.locator('main a[href*="/topics/"]').count()).resolves.toBe((await readTopicFiles()).length);
  await expect(page.locator('main [data-search-trigger]').count()).resolves.toBe(1);
  await page.context().close();
});

test('a copy-link button says “Copied” on itself after a click, then reads “Copy link” again', async () => {
  const { page, errors } = await recordedPage(browser());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
  await page.goto(`${siteUrl}essays/open-source-ai-forum-thread/`);
  const button = page.locator('button[data-copy-link]').first();
  const visibleLabel = button.locator('[aria-hidden="true"]');
  await expect(visibleLabel.innerText()).resolves.toBe('Copy link');
  await button.click();
  await expect.poll(() => visibleLabel.innerText()).toBe('Copied');
  await expect.poll(() => visibleLabel.innerText(), { timeout: 5_000 }).toBe('Copy link');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('on a touch device with a share sheet, the button shares the section’s absolute URL instead', async () => {
  const { page, errors } = await recordedPage(browser(), {
    hasTouch: true,
    isMobile: true,
    viewport: { width: 390, height: 844 },
  });
  // Chromium on Linux has no share sheet; stand in for it and record what it would be given.
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
  });
  await page.goto(`${siteUrl}topics/licensing/`);
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  const button = page.locator('.argument button[data-copy-link]').first();
  const id = await button.getAttribute('data-copy-link');
  await expect(button.locator('[aria-hidden="true"]').innerText()).resolves.toBe('Share link');
  await button.tap();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared.map((data) => data.url)))
    .toEqual([`${siteUrl}topics/licensing/#${id}`]);
  expect(errors).toEqual([]);
  await page.context().close();
});
