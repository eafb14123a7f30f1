import { expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/host/contentSecurityPolicy.ts';
import { headersForPath } from '../../src/lib/host/headersFile.ts';
import { headerRules, immutableCache, revalidateCache, securityHeaders } from '../../src/lib/host/responseHeaders.ts';

const built = [
  'index.html',
  '404.html',
  'essays/x/index.html',
  'favicon.svg',
  'robots.txt',
  '_astro/copyLink.DX1uKWrM.js',
  '_astro/BaseLayout.BCbkfBFw.css',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/pagefind.en_1733799264.pf_meta',
  'pagefind/fragment/en_0a1b2c3.pf_fragment',
  'pagefind/index/en_4d5e6f7.pf_index',
  'pagefind/filter/en_8a9b0c1.pf_filter',
  'meaning/index.json',
  'meaning/3f2a9c0b1d4e/17.bin',
  'meaning/3f2a9c0b1d4e/4095.bin',
];
const rules = headerRules(built);
const cacheOf = (path: string) => headersForPath(rules, path)['Cache-Control'];

test('the header policy is the meta policy plus frame-ancestors none', () => {
  expect(securityHeaders['Content-Security-Policy']).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
});

test('every path gets the security headers, whether or not a file is there', () => {
  for (const path of ['/', '/essays/x/', '/_astro/copyLink.DX1uKWrM.js', '/pagefind/pagefind.js', '/no-such-page']) {
    expect(headersForPath(rules, path)).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Content-Security-Policy': expect.stringContaining("frame-ancestors 'none'"),
      'Permissions-Policy': expect.stringContaining('camera=()'),
    });
  }
});

test('the permissions policy denies features without allowing any origin', () => {
  const features = securityHeaders['Permissions-Policy']!.split(', ');
  expect(features.length).toBeGreaterThan(5);
  for (const feature of features) expect(feature).toMatch(/^[a-z-]+=\(\)$/);
  expect(features).not.toContain('clipboard-write=()'); // the copy-link button writes to the clipboard
});

test('content-hashed files are cached for a year, immutable', () => {
  for (const path of [
    '/_astro/copyLink.DX1uKWrM.js',
    '/_astro/BaseLayout.BCbkfBFw.css',
    '/pagefind/pagefind.en_1733799264.pf_meta',
    '/pagefind/fragment/en_0a1b2c3.pf_fragment',
    '/pagefind/index/en_4d5e6f7.pf_index',
    '/pagefind/filter/en_8a9b0c1.pf_filter',
    '/meaning/3f2a9c0b1d4e/17.bin',
  ]) {
    expect(cacheOf(path), path).toBe(immutableCache);
  }
});

test('pages are revalidated on every use, and files whose names do not change are left to the host', () => {
  for (const path of ['/', '/404.html', '/essays/x/']) expect(cacheOf(path), path).toBe(revalidateCache);
  for (const path of [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.en.pagefind',
    '/favicon.svg',
    '/meaning/index.json',
  ]) {
    expect(cacheOf(path), path).toBeUndefined();
  }
});

test('the assets folder follows the build setting', () => {
  const custom = headerRules(['assets/a.B1c2D3e4.js'], 'assets');
  expect(headersForPath(custom, '/assets/a.B1c2D3e4.js')['Cache-Control']).toBe(immutableCache);
  expect(headersForPath(custom, '/_astro/a.B1c2D3e4.js')['Cache-Control']).toBeUndefined();
});

test('no two rules set the same header for any built file', () => {
  for (const file of built) expect(() => headersForPath(rules, `/${file}`)).not.toThrow();
});
