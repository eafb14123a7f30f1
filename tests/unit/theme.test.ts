import { expect, test } from 'vitest';
import { parseThemeSetting, themeBootScript } from '../../src/lib/model/theme.ts';

/** Runs the head script against a stand-in root element and storage. */
function boot(stored: string | null, storage: 'works' | 'blocked' = 'works') {
  const root = { dataset: {} as Record<string, string>, attributes: {} as Record<string, string> };
  const documentElement = {
    ...root,
    setAttribute: (name: string, value: string) => (root.attributes[name] = value),
    dataset: root.dataset,
  };
  const localStorage = {
    getItem: () => {
      if (storage === 'blocked') throw new Error('SecurityError');
      return stored;
    },
  };
  new Function('document', 'localStorage', themeBootScript())({ documentElement }, localStorage);
  return root;
}

test('the head script forces a stored light or dark theme and marks that scripts run', () => {
  expect(boot('dark')).toEqual({ dataset: { theme: 'dark' }, attributes: { 'data-scripted': '' } });
  expect(boot('light').dataset).toEqual({ theme: 'light' });
});

test('the head script leaves the device setting alone for "system", junk, nothing, or blocked storage', () => {
  expect(boot('system').dataset).toEqual({});
  expect(boot('purple').dataset).toEqual({});
  expect(boot(null).dataset).toEqual({});
  expect(boot('dark', 'blocked')).toEqual({ dataset: {}, attributes: { 'data-scripted': '' } });
});

test('a stored value reads as a setting, anything unknown as system', () => {
  expect(parseThemeSetting('dark')).toBe('dark');
  expect(parseThemeSetting('light')).toBe('light');
  expect(parseThemeSetting('')).toBe('system');
  expect(parseThemeSetting(null)).toBe('system');
});
