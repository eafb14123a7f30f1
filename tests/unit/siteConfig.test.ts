import { expect, test } from 'vitest';
import { readSiteLocation } from '../../src/lib/host/siteConfig.ts';

test('without SITE_URL there is no site origin, and the site is served from the domain root', () => {
  expect(readSiteLocation({})).toEqual({ site: undefined, base: '/' });
  expect(readSiteLocation({ SITE_URL: '', BASE_PATH: '' })).toEqual({ site: undefined, base: '/' });
});

test('SITE_URL becomes its origin, without a trailing slash', () => {
  expect(readSiteLocation({ SITE_URL: 'https://example.org/' }).site).toBe('https://example.org');
  expect(readSiteLocation({ SITE_URL: 'https://Example.org:443' }).site).toBe('https://example.org');
  expect(readSiteLocation({ SITE_URL: 'http://127.0.0.1:8080' }).site).toBe('http://127.0.0.1:8080');
});

test('gives BASE_PATH a trailing slash when it has none', () => {
  expect(readSiteLocation({ BASE_PATH: '/open-models-debate' }).base).toBe('/open-models-debate/');
  expect(readSiteLocation({ BASE_PATH: '/open-models-debate/' }).base).toBe('/open-models-debate/');
  expect(readSiteLocation({ BASE_PATH: '/docs/v2/' }).base).toBe('/docs/v2/');
  expect(readSiteLocation({ BASE_PATH: '/' }).base).toBe('/');
});

test.each([
  ['example.org', /SITE_URL must be the origin .* got "example.org", which is not an absolute URL/],
  ['ftp://example.org', /SITE_URL .* whose scheme is ftp: instead of https: or http:/],
  ['https://user:secret@example.org', /SITE_URL .* carries credentials, a query or a fragment/],
  ['https://example.org/?ref=1', /SITE_URL .* carries credentials, a query or a fragment/],
  ['https://example.org/#top', /SITE_URL .* carries credentials, a query or a fragment/],
  ['https://user.github.io/open-models-debate', /SITE_URL .* has a path\. Put the path in BASE_PATH=\/open-models-debate\//],
])('a malformed SITE_URL %s fails with a message that says what was expected', (value, message) => {
  expect(() => readSiteLocation({ SITE_URL: value })).toThrow(message);
});

test.each([
  'open-models-debate',
  'open-models-debate/',
  '//double',
  '/a//b/',
  '/has space/',
  '/../up/',
  '/a/./b',
  'https://example.org/x/',
])('a malformed BASE_PATH %s fails with a message that says what was expected', (value) => {
  expect(() => readSiteLocation({ BASE_PATH: value })).toThrow(
    `BASE_PATH must be a URL path that starts with "/", such as /open-models-debate/ (the trailing slash is optional); got "${value}".`,
  );
});
