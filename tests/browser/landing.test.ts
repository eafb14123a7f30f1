import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { argumentUrl, topicUrl } from '../../src/lib/page/routes.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

test('after following a citation to its quote, the contents list marks the section the quote is in', async () => {
  const { page, errors } = await recordedPage(browser(), { viewport: { width: 1280, height: 800 } });
  await page.goto(argumentUrl('level-playing-field', siteUrl));
  const link = page.locator('.citation a[data-citation][href*="/essays/democratizing-ai-open-source/#key-takeaways"]').first();
  const section = (await link.getAttribute('href'))!.split('#')[1]!.split(':~:')[0]!;
  await link.click();
  await page.waitForURL(/\/essays\//);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await expect.poll(() => page.locator('.toc a[aria-current="true"]').getAttribute('href')).toBe(`#${section}`);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a printed page shows each citation’s address readable, without percent-encoding', async () => {
  const { page } = await recordedPage(browser());
  await page.goto(topicUrl('licensing', siteUrl));
  await page.emulateMedia({ media: 'print' });
  const printed = await page
    .locator('.print-url')
    .evaluateAll((spans) => spans.filter((span) => span.checkVisibility()).map((span) => span.textContent ?? ''));
  expect(printed.length).toBeGreaterThan(3);
  expect(printed.filter((url) => /%20/.test(url))).toEqual([]);
  expect(printed.some((url) => /:~:text=\S+ \S+/.test(url))).toBe(true);
  await page.context().close();
});
