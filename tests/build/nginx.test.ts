import { readFile, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/host/headersFile.ts';
import { pagePath } from '../../src/lib/page/routes.ts';
import { serveWithNginx, type ServedByNginx } from '../support/nginx.ts';
import { paths } from '../../scripts/lib/paths.ts';

const rules = parseHeadersFile(await readFile(`${paths.site}/_headers`, 'utf8'));
const urlPaths = (await readdir(paths.site, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== '_headers')
  .map((entry) => pagePath(`${entry.parentPath.slice(paths.site.length + 1)}/${entry.name}`.replace(/^\//, '')));
const securityHeaders = ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'];

let nginx: ServedByNginx;
beforeAll(async () => {
  nginx = await serveWithNginx(paths.site, `${paths.tmp}/nginx`);
});
afterAll(async () => {
  await nginx?.stop();
});

test('deploy/nginx.conf sends every file of the built site with the headers _headers gives it', async () => {
  expect(urlPaths).toContain('/about/');
  expect(urlPaths.length).toBeGreaterThan(50);
  for (const path of urlPaths) {
    const response = await nginx.get(path);
    expect(response.status, path).toBe(200);
    const expected = headersForPath(rules, path);
    const names = [...securityHeaders, 'Cache-Control'];
    const sent = Object.fromEntries(names.map((name) => [name, response.headers[name.toLowerCase()]]));
    expect(sent, path).toEqual(Object.fromEntries(names.map((name) => [name, expected[name]])));
  }
});

test('deploy/nginx.conf answers a missing page with the 404 page and the security headers, and hides _headers', async () => {
  const notFound = await readFile(`${paths.site}/404.html`, 'latin1');
  for (const path of ['/no-such-page/', '/_headers']) {
    const response = await nginx.get(path);
    expect(response.status, path).toBe(404);
    expect(response.body, path).toBe(notFound);
    for (const name of securityHeaders) {
      expect(response.headers[name.toLowerCase()], `${path} ${name}`).toBe(headersForPath(rules, path)[name]);
    }
  }
});

test('deploy/nginx.conf sends pages, styles and scripts gzip-compressed to a browser that accepts it, and leaves Pagefind files as they are', async () => {
  const byKind = (pattern: RegExp) => urlPaths.find((path) => pattern.test(path))!;
  const text = [byKind(/\/topics\/[^/]+\/$/), byKind(/\.css$/), byKind(/\/_astro\/.*\.js$/), byKind(/\.svg$/)];
  for (const path of text) {
    const response = await nginx.get(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers['content-encoding'], path).toBe('gzip');
    expect(response.headers.vary, path).toMatch(/Accept-Encoding/);
    // Without Accept-Encoding the same file comes as it is.
    expect((await nginx.get(path)).headers['content-encoding'], path).toBeUndefined();
  }
  const fragment = byKind(/\/pagefind\/fragment\//);
  expect((await nginx.get(fragment, { 'accept-encoding': 'gzip' })).headers['content-encoding'], fragment).toBeUndefined();
});
