import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { topicUrl } from '../../src/lib/page/routes.ts';
import type { ThemeSetting } from '../../src/lib/model/theme.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const background = () => getComputedStyle(document.documentElement).backgroundColor;

/** Every colour token the site defines on :root, as the page renders it, plus the root's background. */
const palette = () => {
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
  const tokens = rules
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === ':root')
    .flatMap((rule) => [...rule.style].filter((name) => rule.style.getPropertyValue(name).includes('light-dark(')));
  const probe = document.body.appendChild(document.createElement('span'));
  const colours = Object.fromEntries(
    tokens.map((token) => {
      probe.style.color = `var(${token})`;
      return [token, getComputedStyle(probe).color];
    }),
  );
  return { ...colours, background: getComputedStyle(document.documentElement).backgroundColor };
};

/** What a page shows with a stored theme setting (or none, for "system") under a device scheme. */
async function paletteOf(setting: ThemeSetting, colorScheme: 'light' | 'dark') {
  const { page } = await recordedPage(browser(), { colorScheme });
  if (setting !== 'system') await page.addInitScript((value) => localStorage.setItem('theme', value), setting);
  await page.goto(topicUrl('safety', siteUrl));
  const colours = await page.evaluate(palette);
  await page.context().close();
  return colours;
}

// The accessibility test checks every template in the two device schemes; this is why that is enough.
test('a forced theme renders exactly the colours the device scheme of that name renders', async () => {
  const device = { light: await paletteOf('system', 'light'), dark: await paletteOf('system', 'dark') };
  expect(Object.keys(device.light).length).toBeGreaterThan(5);
  expect(device.light).not.toEqual(device.dark);
  for (const forced of ['light', 'dark'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      expect(await paletteOf(forced, colorScheme), `${forced} theme on a ${colorScheme} device`).toEqual(device[forced]);
    }
  }
});

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
