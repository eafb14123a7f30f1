import { expect, test } from 'vitest';
import { readableUrl } from '../../src/lib/text/readableUrl.ts';

const href = '/essays/x/#key:~:text=Open%2Dsource%20models%2C%20often%E2%80%99s,developers.';

test('a text fragment reads with spaces and letters, its commas and hyphens still escaped', () => {
  expect(readableUrl(href)).toBe('/essays/x/#key:~:text=Open%2Dsource models%2C often’s,developers.');
});

test('parsed as a URL again, the readable address is the link itself', () => {
  expect(new URL(readableUrl(href), 'https://example.org').href).toBe(new URL(href, 'https://example.org').href);
});

test('a malformed escape leaves the URL as it was', () => {
  expect(readableUrl('/a%E0%A4%A')).toBe('/a%E0%A4%A');
});
