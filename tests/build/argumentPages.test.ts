import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { citedEssays, readArgumentFiles, readEssayFiles, readTopicFiles } from '../support/content.ts';
import { argumentOnTopicUrl, argumentPageUrl, topicUrl } from '../../src/lib/page/routes.ts';
import { argumentPageSize } from '../../src/lib/model/listPageSize.ts';
import { basePath, paths, siteOrigin } from '../../scripts/lib/paths.ts';

const essays = await readEssayFiles();
const topics = await readTopicFiles();
const args = await readArgumentFiles();
const perPage = argumentPageSize;
const stanceBadges: Record<string, string> = { for: 'For', against: 'Against', 'middle-ground': 'Middle ground' };

describe.each(args.map((arg) => [arg.id, arg] as const))('the argument page of %s', (id, arg) => {
  const essayPages = Math.ceil(citedEssays(arg, essays).length / perPage);
  const urls = Array.from({ length: essayPages }, (_, index) => argumentPageUrl(id, index + 1, '/'));

  test('has the claim as its h1, then its stance, its topic and its explanation', async () => {
    const page = await readPage(urls[0]!);
    expect(selectAll('h1', page).map(textOf)).toEqual([arg.claim]);
    const article = select('main article', page)!;
    expect(textOf(select('.badge', article)!)).toBe(stanceBadges[arg.stance]);
    const topic = topics.find(({ id: topicId }) => topicId === arg.topic)!;
    expect(selectAll('a', article).map((a) => a.properties.href)).toContain(topicUrl(topic.id, '/'));
    expect(selectAll('a', article).map((a) => a.properties.href)).toContain(argumentOnTopicUrl(topic.id, id, '/'));
    expect(textOf(select('.explanation', article)!)).toBe(arg.explanation.replace(/\s+/g, ' ').trim());
  });

  test('shows every citation under its essay, essays in the editors’ order, at most a page’s worth of essays', async () => {
    const shown: { essay: string; quote: string; href: string }[] = [];
    for (const url of urls) {
      const groups = selectAll('.essay-citations', await readPage(url));
      expect(groups.length).toBeLessThanOrEqual(perPage);
      for (const group of groups) {
        const essay = String(select('h2', group)!.properties.id);
        for (const citation of selectAll('.citation', group)) {
          shown.push({
            essay,
            quote: normalizeForMatch(textOf(select('blockquote', citation)!)),
            href: String(select('a[data-citation]', citation)!.properties.href),
          });
        }
      }
    }
    const expected = citedEssays(arg, essays).flatMap((essay) =>
      arg.citations.filter((c) => c.essay === essay.id).map((c) => ({ essay: essay.id, quote: normalizeForMatch(c.quote) })),
    );
    expect(shown.map(({ essay, quote }) => ({ essay, quote }))).toEqual(expected);
    for (const { essay, quote, href } of shown) {
      const [, path, section] = href.match(/^(\/essays\/[^/]+\/)#([^:]+):~:text=/)!;
      expect(path).toBe(`/essays/${essay}/`);
      const cited = select(`[data-section="${section}"]`, await readPage(path!));
      expect(normalizeForMatch(textOf(cited!))).toContain(quote);
    }
  });

  test('has its own title, description, canonical URL and Open Graph tags that preview the claim', async () => {
    // The build that knows its address (SITE_URL); the default build has no absolute URLs at all.
    const page = await readPage(urls[0]!, paths.baseSite);
    const absolute = new URL(argumentPageUrl(arg.id, 1, basePath), siteOrigin).href;
    expect(select('link[rel="canonical"]', await readPage(urls[0]!))).toBeUndefined();
    const meta = (selector: string) => String(select(selector, page)?.properties.content);
    expect(meta('meta[property="og:title"]')).toBe(arg.claim);
    expect(meta('meta[name="twitter:title"]')).toBe(arg.claim);
    expect(textOf(select('title', page)!).length).toBeLessThanOrEqual(70);
    const description = meta('meta[name="description"]');
    expect(description.length).toBeLessThanOrEqual(160);
    // Every essay that makes it, by its short name (three essays always fit in 160 characters).
    for (const essay of citedEssays(arg, essays)) expect(description).toContain(`“${essay.frontmatter.shortTitle}”`);
    expect(meta('meta[property="og:description"]')).toBe(description);
    expect(meta('meta[property="og:url"]')).toBe(absolute);
    expect(select('link[rel="canonical"]', page)?.properties.href).toBe(absolute);
  });
});
