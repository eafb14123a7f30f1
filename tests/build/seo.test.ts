import { access, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, inject, test } from 'vitest';
import { pagePaths, readPage, select, selectAll } from '../../scripts/lib/builtSite.ts';
import { basePath, paths, siteOrigin } from '../../scripts/lib/paths.ts';

/** Where the SITE_URL build says it lives. */
const published = `${siteOrigin}${basePath}`;

/** Every file of a build with its bytes, Pagefind's gzipped chunks unpacked so their text is searched too. */
async function everyFile(siteDir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(siteDir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return { file, text: (gzipped ? gunzipSync(bytes) : bytes).toString('latin1') };
    }),
  );
}

test('no file of a default build mentions localhost', async () => {
  const files = await everyFile(paths.site);
  expect(files.length).toBeGreaterThan(50);
  expect(files.filter(({ text }) => /localhost/i.test(text)).map(({ file }) => file)).toEqual([]);
});

test('a default build says once, in one line, how to enable canonical URLs and the sitemap', () => {
  const lines = inject('mainBuildOutput')
    .split('\n')
    .filter((line) => line.includes('SITE_URL'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('SITE_URL is not set');
  expect(lines[0]).toContain('build with SITE_URL=https://');
});

test('a default build has no canonical or og:url link, no sitemap and no Sitemap line in robots.txt', async () => {
  await expect(readFile(`${paths.site}/robots.txt`, 'utf8')).resolves.toBe('User-agent: *\nAllow: /\n');
  await expect(access(`${paths.site}/sitemap-index.xml`)).rejects.toThrow();
  await expect(access(`${paths.site}/sitemap-0.xml`)).rejects.toThrow();
  for (const path of await pagePaths()) {
    const page = await readPage(path);
    const selectors = ['link[rel="canonical"]', 'meta[property="og:url"]', 'link[rel="sitemap"]', 'a[href*="sitemap"]'];
    expect(
      selectors.flatMap((selector) => selectAll(selector, page)),
      path,
    ).toEqual([]);
  }
});

test('a SITE_URL build gives every page a canonical and og:url link under SITE_URL and the base path', async () => {
  const pages = (await pagePaths(paths.baseSite)).filter((path) => path !== '/404.html');
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    const page = await readPage(path, paths.baseSite);
    const url = `${published}${path.slice(1)}`;
    expect(select('link[rel="canonical"]', page)?.properties.href, path).toBe(url);
    expect(select('meta[property="og:url"]', page)?.properties.content, path).toBe(url);
    expect(select('link[rel="sitemap"]', page)?.properties.href, path).toBe(`${basePath}sitemap-index.xml`);
  }
});

test('a SITE_URL build has a sitemap of every page but the 404 page, and robots.txt points at it', async () => {
  await expect(readFile(`${paths.baseSite}/robots.txt`, 'utf8')).resolves.toBe(
    `User-agent: *\nAllow: /\n\nSitemap: ${published}sitemap-index.xml\n`,
  );
  const index = await readFile(`${paths.baseSite}/sitemap-index.xml`, 'utf8');
  expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([`${published}sitemap-0.xml`]);
  const sitemap = await readFile(`${paths.baseSite}/sitemap-0.xml`, 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!).sort();
  const pages = (await pagePaths(paths.baseSite)).filter((path) => path !== '/404.html');
  expect(listed).toEqual(pages.map((path) => `${published}${path.slice(1)}`).sort());
});

test('every absolute URL a SITE_URL build makes to the site itself is under SITE_URL and the base path', async () => {
  const files = await everyFile(paths.baseSite);
  expect(files.filter(({ text }) => /localhost|127\.0\.0\.1/i.test(text)).map(({ file }) => file)).toEqual([]);
  const ownUrls = files.flatMap(({ text }) => text.match(/https?:\/\/example\.org[^"'<\s]*/g) ?? []);
  expect(ownUrls.length).toBeGreaterThan(20);
  expect(ownUrls.filter((url) => !url.startsWith(published))).toEqual([]);
});

test('every page has Open Graph and Twitter titles and descriptions', async () => {
  for (const path of await pagePaths()) {
    const page = await readPage(path);
    const title = select('title', page);
    const description = select('meta[name="description"]', page)?.properties.content;
    expect(description, path).toBeTruthy();
    for (const property of ['og:title', 'og:description']) {
      expect(select(`meta[property="${property}"]`, page)?.properties.content, `${path} ${property}`).toBeTruthy();
    }
    expect(select('meta[name="twitter:title"]', page)?.properties.content).toBe(
      select('meta[property="og:title"]', page)?.properties.content,
    );
    expect(select('meta[name="twitter:description"]', page)?.properties.content).toBe(description);
    expect(title).toBeDefined();
  }
});
