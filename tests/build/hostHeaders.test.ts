import { readFile, readdir } from 'node:fs/promises';
import { expect, inject, test } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/host/headersFile.ts';
import { readTableVersion } from '../../src/integrations/vectorTable.ts';
import { shardCount } from '../../src/lib/search/searchVectors.ts';
import { pagePaths, readPage, select } from '../../scripts/lib/builtSite.ts';
import { paths } from '../../scripts/lib/paths.ts';

const rules = parseHeadersFile(await readFile(`${paths.site}/_headers`, 'utf8'));
const files = (await readdir(paths.site, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== '_headers')
  .map((entry) => `${entry.parentPath.slice(paths.site.length)}/${entry.name}`);
const yearLong = 'public, max-age=31536000, immutable';

test("_headers sends the pages' own meta policy plus frame-ancestors 'none' on every path", async () => {
  const meta = select('meta[http-equiv="Content-Security-Policy"]', await readPage('/'))?.properties.content;
  expect(meta).toMatch(/^default-src 'self'/);
  for (const file of files) {
    expect(headersForPath(rules, file)['Content-Security-Policy'], file).toBe(`${meta}; frame-ancestors 'none'`);
  }
});

test('_headers gives every file nosniff, a referrer policy and a permissions policy, each from one rule only', () => {
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    expect(headersForPath(rules, file), file).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': expect.stringMatching(/^[a-z-]+=\(\)(, [a-z-]+=\(\))+$/),
    });
  }
});

test('_headers caches for a year exactly the files whose names carry a content hash', () => {
  const immutable = files.filter((file) => headersForPath(rules, file)['Cache-Control'] === yearLong).sort();
  // The word shards' folder is named by the hash of the vector table and its layout.
  const shards = new RegExp(`^/meaning/${readTableVersion()}/\\d+\\.bin$`);
  const hashed = files
    .filter(
      (file) =>
        /^\/_astro\/.+\.[\w-]{8}\.(js|css)$|^\/pagefind\/(.+\/)?(pagefind\.)?en_[0-9a-f]+\.pf_\w+$/.test(file) ||
        shards.test(file),
    )
    .sort();
  expect(hashed.filter((file) => file.includes('pf_fragment')).length).toBeGreaterThan(10);
  expect(hashed.filter((file) => shards.test(file))).toHaveLength(shardCount);
  expect(immutable).toEqual(hashed);
});

test('_headers has every page revalidated on each use', async () => {
  for (const path of await pagePaths()) {
    expect(headersForPath(rules, path)['Cache-Control'], path).toBe('public, max-age=0, must-revalidate');
  }
});

test('the preview server sends what _headers says, for pages, assets, search chunks and a missing page', async () => {
  const siteUrl = inject('siteUrl');
  const samples = [
    '/',
    '/essays/deep-learning-models-public/',
    ...['/_astro/', '/pagefind/fragment/', '/pagefind/pagefind.en_', '/pagefind/pagefind.js', '/favicon.svg'].map((prefix) =>
      files.find((file) => file.startsWith(prefix))!,
    ),
  ];
  for (const path of [...samples, '/no-such-page/']) {
    const response = await fetch(new URL(path.slice(1), siteUrl));
    expect(response.status, path).toBe(path === '/no-such-page/' ? 404 : 200);
    const expected = headersForPath(rules, path);
    const sent = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
    expect(sent, path).toEqual(expected);
    expect(response.headers.get('cache-control') ?? undefined, path).toBe(expected['Cache-Control']);
  }
  expect((await fetch(new URL('_headers', siteUrl))).status).toBe(404);
});
