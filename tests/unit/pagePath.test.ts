import { expect, test } from 'vitest';
import { pagePath } from '../../src/lib/pagePath.ts';

test('serves a directory index at its folder and other files as they are', () => {
  expect(pagePath('index.html')).toBe('/');
  expect(pagePath('essays/x/index.html')).toBe('/essays/x/');
  expect(pagePath('404.html')).toBe('/404.html');
});

test('puts the base path in front and accepts Windows separators', () => {
  expect(pagePath('topics\\safety\\index.html', '/open-models-debate/')).toBe('/open-models-debate/topics/safety/');
});
