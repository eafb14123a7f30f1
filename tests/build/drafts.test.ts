import { access, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { pagePaths, readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { paths } from '../../scripts/lib/paths.ts';
import { searchRecordUrls } from '../support/searchRecords.ts';
import { essaysIndexUrl } from '../../src/lib/page/routes.ts';

// Both builds use tests/fixtures/draft-essay: one published essay, one with draft: true, and an
// argument citing each plus one citing only the draft.
const draft = '/essays/draft-essay/';

async function sitemapPaths(siteDir: string): Promise<string[]> {
  const sitemap = await readFile(`${siteDir}/sitemap-0.xml`, 'utf8');
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((match) => match[1]!);
}

async function linksOnEveryPage(siteDir: string): Promise<string[]> {
  const links = await Promise.all(
    (await pagePaths(siteDir)).map(async (path) =>
      selectAll('a[href]', await readPage(path, siteDir)).map((a) => String(a.properties.href)),
    ),
  );
  return links.flat();
}

describe('a published build', () => {
  test('gives a draft essay no page, no link, no sitemap entry and no search record', async () => {
    await expect(access(`${paths.draftSite}${draft}index.html`)).rejects.toThrow();
    expect(await pagePaths(paths.draftSite)).toContain('/essays/published-essay/');
    expect((await linksOnEveryPage(paths.draftSite)).filter((href) => href.includes('draft-essay'))).toEqual([]);
    expect(await sitemapPaths(paths.draftSite)).not.toContain(draft);
    const records = await searchRecordUrls(paths.draftSite);
    expect(records).toContain('/essays/published-essay/');
    expect(records.filter((url) => url.includes('draft-essay'))).toEqual([]);
  });

  test('publishes an argument without its citation of the draft, and holds back one that cites only the draft', async () => {
    const topic = await readPage('/topics/safety/', paths.draftSite);
    expect(select('#fixture-checking', topic)).toBeDefined();
    expect(select('#fixture-answerable', topic)).toBeUndefined();
    expect(textOf(topic)).not.toContain('Closed weights keep');
    expect(await searchRecordUrls(paths.draftSite)).not.toContain('/topics/safety/#fixture-answerable');
  });
});

describe('a review build (INCLUDE_DRAFTS=1)', () => {
  test('renders the draft with a visible Draft banner, listed in the essays index', async () => {
    const page = await readPage(draft, paths.draftReviewSite);
    const banner = select('.draft-banner', page);
    expect(banner && textOf(banner)).toMatch(/^Draft — not published/);
    const index = select('main', await readPage(essaysIndexUrl(1, undefined, '/'), paths.draftReviewSite));
    expect(selectAll('a', index!).map((a) => a.properties.href)).toContain(draft);
  });

  test('still keeps the draft out of the sitemap and the search index', async () => {
    expect(await sitemapPaths(paths.draftReviewSite)).not.toContain(draft);
    expect(await sitemapPaths(paths.draftReviewSite)).toContain('/essays/published-essay/');
    expect(await searchRecordUrls(paths.draftReviewSite)).not.toContain(draft);
    expect(select('.draft-banner', await readPage('/essays/published-essay/', paths.draftReviewSite))).toBeUndefined();
  });
});
