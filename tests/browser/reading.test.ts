import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { isInView, recordedPage } from '../support/page.ts';
import { essayUrl } from '../../src/lib/page/routes.ts';
import { readEssayFiles } from '../support/content.ts';

const siteUrl = inject('siteUrl');
const essays = (await readEssayFiles()).map(({ id }) => id);
const browser = useBrowser();

describe.each(essays)('essay %s', (id) => {
  test('opens with its title, and a table-of-contents link brings its heading into view', async () => {
    const { page, errors } = await recordedPage(browser());
    await page.goto(essayUrl(id, siteUrl));
    await expect(page.locator('h1').innerText()).resolves.not.toBe('');
    const link = page.locator('.toc a').last();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForFunction((hash) => location.hash === hash, target);
    expect(await isInView(page, target)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a link straight to a section opens with that heading in view, below the header', async () => {
    const { page } = await recordedPage(browser(), { viewport: { width: 1280, height: 720 } });
    await page.goto(essayUrl(id, siteUrl));
    const hash = await page
      .locator('article h2[id]')
      .nth(2)
      .evaluate((h) => `#${h.id}`);
    await page.goto(`${essayUrl(id, siteUrl)}${hash}`);
    expect(await isInView(page, hash)).toBe(true);
    await page.context().close();
  });
});

test('essays read fully with JavaScript off: text, table of contents and anchors work', async () => {
  const { page } = await recordedPage(browser(), { javaScriptEnabled: false });
  await page.goto(`${siteUrl}essays/democratizing-ai-open-source/`);
  await expect(page.locator('article').innerText()).resolves.toContain(
    'Open-source models often match proprietary AI in accuracy',
  );
  await page.locator('.toc a', { hasText: 'Conclusion' }).click();
  expect(await isInView(page, '#conclusion')).toBe(true);
  // The copy buttons need JavaScript, so without it they stay hidden and the # link remains.
  await expect(page.locator('button[data-copy-link]').first().isVisible()).resolves.toBe(false);
  await expect(page.locator('a.anchor-link').first().isVisible()).resolves.toBe(true);
  await page.context().close();
});

test.each([320, 1600])('no page scrolls sideways at %i px wide', async (width) => {
  const { page } = await recordedPage(browser(), { viewport: { width, height: 800 } });
  for (const path of ['', 'topics/licensing/', 'essays/open-source-ai-forum-thread/', 'search/']) {
    await page.goto(`${siteUrl}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path || 'home'} at ${width}px`).toBe(0);
  }
  await page.context().close();
});
