import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { checkLinks, loadBuiltSite } from '../support/checkLinks.ts';
import { basePath, paths } from '../../scripts/lib/paths.ts';

describe.each([
  ['at the domain root', paths.site, '/'],
  [`under ${basePath}`, paths.baseSite, basePath],
])('the site built %s', (_name, siteDir, base) => {
  test('has no broken internal link, asset or #fragment, and no external link', async () => {
    const { checked, broken, external } = await checkLinks(await loadBuiltSite(siteDir, base));
    expect(broken).toEqual([]);
    expect(external).toEqual([]);
    // Every page links its header and footer, every citation its passage: hundreds of links.
    expect(checked).toBeGreaterThan(400);
  });

  test('points every internal URL at the base path', async () => {
    const site = await loadBuiltSite(siteDir, base);
    for (const [page, html] of site.pages) {
      const rooted = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1]!);
      expect(
        rooted.filter((url) => !url.startsWith(base)),
        page,
      ).toEqual([]);
    }
  });
});

test('the link checker catches a broken fragment and a missing page', async () => {
  const site = await loadBuiltSite(paths.site);
  await expect(site.resolve(new URL('http://site.invalid/topics/safety/#misuse-risk'))).resolves.toBeUndefined();
  await expect(site.resolve(new URL('http://site.invalid/topics/safety/#no-such-argument'))).resolves.toMatch(
    /no element with id/,
  );
  await expect(site.resolve(new URL('http://site.invalid/topics/privacy/'))).resolves.toBe('no such page or file');
  await expect(
    site.resolve(new URL('http://site.invalid/essays/open-source-ai-forum-thread/#reply-2:~:text=hybrid')),
  ).resolves.toBeUndefined();
});

/** The URL of every record in a Pagefind bundle, read from its fragments (gzip, after a signature). */
async function fragmentUrls(siteDir: string): Promise<string[]> {
  const dir = `${siteDir}/pagefind/fragment`;
  const files = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  const signature = 'pagefind_dcd';
  return Promise.all(
    files.map(async (name) => {
      const text = gunzipSync(await readFile(`${dir}/${name}`)).toString('utf8');
      return JSON.parse(text.slice(text.indexOf(signature) + signature.length)).url as string;
    }),
  );
}

test('every result the Pagefind bundle of the base-path build returns lands on a page of that build', async () => {
  // Pagefind stores site-relative URLs and prefixes them at run time with the folder pagefind.js is
  // served from (its parent); a URL stored with the base already, or pointing at a page the build
  // lacks, would send readers to a 404.
  const site = await loadBuiltSite(paths.baseSite, basePath);
  const urls = await fragmentUrls(paths.baseSite);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) {
    expect(url.startsWith('/') && !url.startsWith(basePath), url).toBe(true);
    const landing = new URL(`${basePath}${url.slice(1)}`, 'http://site.invalid');
    await expect(site.resolve(landing), url).resolves.toBeUndefined();
  }
  const entry = JSON.parse(await readFile(`${paths.baseSite}/pagefind/pagefind-entry.json`, 'utf8'));
  expect(Object.keys(entry.languages)).toEqual(['en']);
});

test('checkLinks reports a missing page, a missing file, a missing fragment and an external link, and passes the rest', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'links-'));
  await mkdir(join(dir, 'b'));
  await writeFile(join(dir, 'style.css'), '');
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><link rel="stylesheet" href="/style.css"><a href="/b/#here">ok</a><a href="/b/#gone">x</a>' +
      '<a href="/nowhere/">x</a><img src="/missing.png" alt=""><a href="https://example.com/">x</a>',
  );
  await writeFile(join(dir, 'b', 'index.html'), '<!doctype html><p id="here">b</p><a href="/#top">x</a>');
  const { checked, broken, external } = await checkLinks(await loadBuiltSite(dir));
  await rm(dir, { recursive: true, force: true });
  expect(checked).toBe(6);
  expect(broken).toEqual([
    { page: '/', href: '/b/#gone', reason: 'no element with id "gone" on /b/' },
    { page: '/', href: '/nowhere/', reason: 'no such page or file' },
    { page: '/', href: '/missing.png', reason: 'no such page or file' },
    { page: '/b/', href: '/#top', reason: 'no element with id "top" on /' },
  ]);
  expect(external).toEqual(['https://example.com/']);
});
