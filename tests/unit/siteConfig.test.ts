import { expect, test } from 'vitest';
import { readSiteLocation } from '../../src/lib/siteConfig.ts';

test('defaults to a local origin served from the domain root', () => {
  expect(readSiteLocation({})).toEqual({ site: 'http://localhost:4321', base: '/' });
});

test('gives BASE_PATH a slash on both ends however it was written', () => {
  expect(readSiteLocation({ BASE_PATH: 'open-models-debate' }).base).toBe('/open-models-debate/');
  expect(readSiteLocation({ BASE_PATH: '/open-models-debate/' }).base).toBe('/open-models-debate/');
});

test('drops a trailing slash from SITE_URL', () => {
  expect(readSiteLocation({ SITE_URL: 'https://example.org/' }).site).toBe('https://example.org');
});
