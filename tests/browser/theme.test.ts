import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { topicUrl } from '../../src/lib/routes.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const background = () => getComputedStyle(document.documentElement).backgroundColor;

test('the theme switch forces dark or light, keeps the choice across pages, and “System” follows the device again', async () => {
  const { page, errors, cspViolations } = await recordedPage(browser(), { colorScheme: 'light' });
  await page.goto(topicUrl('safety', siteUrl));
  const lightBackground = await page.evaluate(background);
  const select = page.locator('[data-theme-select][data-ready] select');
  await expect(select.inputValue()).resolves.toBe('system');
  await select.selectOption('dark');
  await expect.poll(() => page.evaluate(background)).not.toBe(lightBackground);
  const darkBackground = await page.evaluate(background);

  await page.goto(topicUrl('licensing', siteUrl));
  await expect(select.inputValue()).resolves.toBe('dark');
  expect(await page.evaluate(background)).toBe(darkBackground);

  await select.selectOption('system');
  await expect.poll(() => page.evaluate(background)).toBe(lightBackground);
  await page.reload();
  expect(await page.evaluate(background)).toBe(lightBackground);
  expect([...errors, ...cspViolations]).toEqual([]);
  await page.context().close();
});

test('a stored theme applies before the first paint: the first frame already has its colours', async () => {
  const { page, cspViolations } = await recordedPage(browser(), { colorScheme: 'light' });
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark');
    // Record the root's background at the first animation frame, before any later script runs.
    requestAnimationFrame(() =>
      Object.assign(window, { __firstFrame: getComputedStyle(document.documentElement).backgroundColor }),
    );
  });
  await page.goto(topicUrl('safety', siteUrl));
  const firstFrame = await page.waitForFunction(() => (window as unknown as { __firstFrame?: string }).__firstFrame);
  expect(await firstFrame.jsonValue()).toBe('rgb(22, 23, 27)');
  expect(cspViolations).toEqual([]);
  await page.context().close();
});
