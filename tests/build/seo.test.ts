import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { pagePaths, readPage, select } from '../support/builtSite.ts';
import { basePath, paths } from '../support/paths.ts';

const site = 'http://localhost:4321';

test('robots.txt allows crawling and points at the sitemap index', async () => {
  await expect(readFile(`${paths.site}/robots.txt`, 'utf8')).resolves.toBe(
    `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap-index.xml\n`,
  );
  await expect(readFile(`${paths.baseSite}/robots.txt`, 'utf8')).resolves.toContain(
    `Sitemap: ${site}${basePath}sitemap-index.xml`,
  );
});

test('the sitemap lists every page but the 404 page, with absolute URLs', async () => {
  const index = await readFile(`${paths.site}/sitemap-index.xml`, 'utf8');
  expect(index).toContain(`<loc>${site}/sitemap-0.xml</loc>`);
  const sitemap = await readFile(`${paths.site}/sitemap-0.xml`, 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.slice(site.length)).sort();
  const pages = (await pagePaths()).filter((path) => path !== '/404.html');
  expect(listed).toEqual(pages);
});

test('every page has a canonical URL and Open Graph and Twitter title and description', async () => {
  for (const path of await pagePaths()) {
    const page = await readPage(path);
    if (path !== '/404.html') expect(select('link[rel="canonical"]', page)?.properties.href, path).toBe(`${site}${path}`);
    const title = select('title', page);
    const description = select('meta[name="description"]', page)?.properties.content;
    expect(description, path).toBeTruthy();
    for (const property of ['og:title', 'og:description', 'og:url']) {
      expect(select(`meta[property="${property}"]`, page)?.properties.content, `${path} ${property}`).toBeTruthy();
    }
    expect(select('meta[name="twitter:title"]', page)?.properties.content).toBe(
      select('meta[property="og:title"]', page)?.properties.content,
    );
    expect(select('meta[name="twitter:description"]', page)?.properties.content).toBe(description);
    expect(title).toBeDefined();
  }
});
