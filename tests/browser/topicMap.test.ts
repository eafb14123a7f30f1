import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { axeViolations } from '../support/axe.ts';
import { readArgumentFiles, readTopicFiles } from '../support/content.ts';
import { argumentUrl, topicUrl } from '../../src/lib/page/routes.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const topics = await readTopicFiles();
const args = await readArgumentFiles();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe.each(topics.map((topic) => [topic.id] as const))('the map on the topic page of %s', (topicId) => {
  const url = `${siteUrl}${topicUrl(topicId, '/').slice(1)}`;

  test('links every argument of the topic and fits a 390 px phone without scrolling sideways, with JavaScript off', async () => {
    const { page, errors } = await recordedPage(browser(), { ...phone, javaScriptEnabled: false });
    await page.goto(url);
    await page.locator('.topic-map > summary').click();
    const map = page.locator('.topic-map svg');
    await map.scrollIntoViewIfNeeded();
    expect(await map.isVisible()).toBe(true);
    const links = await page.$$eval('.topic-map svg a', (anchors) =>
      anchors.map((a) => a.getAttribute('xlink:href') ?? a.getAttribute('href')),
    );
    for (const arg of args.filter((candidate) => candidate.topic === topicId)) expect(links).toContain(argumentUrl(arg.id, '/'));
    const box = (await map.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Its words stay readable once scaled down to the column: at least 10 px.
    const smallest = await page.$$eval('.topic-map svg .node:not(.outside) text', (texts) =>
      Math.min(...texts.map((text) => text.getBoundingClientRect().height)),
    );
    expect(smallest).toBeGreaterThanOrEqual(10);
    // A node is a link a reader can follow without any script.
    const first = args.find((candidate) => candidate.topic === topicId)!;
    await page
      .locator(`.topic-map svg a[*|href="${argumentUrl(first.id, '/')}"]`)
      .first()
      .click();
    await page.waitForURL(`**${argumentUrl(first.id, '/')}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)('has no WCAG 2.2 A/AA violation in the %s scheme', async (colorScheme) => {
    const { page } = await recordedPage(browser(), { ...phone, colorScheme, bypassCSP: true });
    await page.goto(url);
    await page.locator('.topic-map > summary').click();
    expect(await axeViolations(page, '.topic-map')).toEqual([]);
    await page.context().close();
  });

  test('prints', async () => {
    const { page } = await recordedPage(browser(), { viewport: { width: 800, height: 1000 } });
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topic-map svg').isVisible()).toBe(true);
    await page.context().close();
  });
});
