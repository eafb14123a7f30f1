import { expect, test } from 'vitest';
import { pagePaths, readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { essaysArguingIn, readArgumentFiles, readEssayFiles, readTopicFiles } from '../support/content.ts';
import { essayUrl, essaysIndexUrl, topicUrl, type EssaysFilter } from '../../src/lib/page/routes.ts';

const essays = await readEssayFiles();
const topics = await readTopicFiles();
const args = await readArgumentFiles();
const perPage = 50;
const all = await pagePaths();

/** Every page of a list, read in order, with the essays it lists. */
async function listPages(filter?: EssaysFilter) {
  const first = essaysIndexUrl(1, filter, '/');
  const urls = all.filter((path) => path === first || new RegExp(`^${first}\\d+/$`).test(path));
  const pages = await Promise.all(
    urls
      .sort((a, b) => a.length - b.length || a.localeCompare(b, 'en', { numeric: true }))
      .map(async (url) => ({ url, page: await readPage(url) })),
  );
  return pages.map(({ url, page }) => ({
    url,
    page,
    entries: selectAll('.essay-list > li', page).map((item) => ({
      href: String(select('h2 a', item)!.properties.href),
      kind: textOf(select('.kind', item)!),
      description: textOf(select('.description', item)!),
      topics: selectAll('.topics a', item).map((a) => String(a.properties.href)),
    })),
  }));
}

/** The topics an essay argues in, as links, in topic order. */
function topicLinks(essayId: string): string[] {
  return topics
    .filter((topic) => essaysArguingIn(topic.id, essays, args).some(({ id }) => id === essayId))
    .map(({ id }) => topicUrl(id, '/'));
}

test('the essays index lists every essay once, in the editors’ order, at most 50 a page', async () => {
  const pages = await listPages();
  expect(pages.length).toBe(Math.max(1, Math.ceil(essays.length / perPage)));
  for (const { entries } of pages) expect(entries.length).toBeLessThanOrEqual(perPage);
  expect(pages.flatMap(({ entries }) => entries.map(({ href }) => href))).toEqual(essays.map(({ id }) => essayUrl(id, '/')));
});

test('each entry shows the essay’s kind, its description and the topics it argues in', async () => {
  const entries = (await listPages()).flatMap((page) => page.entries);
  essays.forEach((essay, index) => {
    const entry = entries[index]!;
    expect(entry.kind).toBe(essay.frontmatter.kind === 'article' ? 'Article' : 'Forum thread');
    expect(entry.description).toBe(essay.frontmatter.description);
    expect(entry.topics).toEqual(topicLinks(essay.id));
  });
});

test('every page of an index of several pages has page links, the current one marked, and previous/next only where they lead somewhere; an index of one page has none', async () => {
  const pages = await listPages();
  pages.forEach(({ page, url }, index) => {
    if (pages.length === 1) return expect(select('nav.pagination', page)).toBeUndefined();
    const nav = select('nav.pagination', page)!;
    expect(textOf(select('.position', nav)!)).toBe(`Page ${index + 1} of ${pages.length}`);
    const numbers = selectAll('a:not([rel])', nav);
    expect(numbers.map((a) => a.properties.href)).toEqual(pages.map((p) => p.url));
    expect(numbers.filter((a) => a.properties.ariaCurrent === 'page').map((a) => a.properties.href)).toEqual([url]);
    expect(select('a[rel="prev"]', nav)?.properties.href).toBe(pages[index - 1]?.url);
    expect(select('a[rel="next"]', nav)?.properties.href).toBe(pages[index + 1]?.url);
  });
});

test('the kind filters list exactly the essays of that kind, and are plain links from the index', async () => {
  const kinds = [...new Set(essays.map((essay) => essay.frontmatter.kind))];
  const filterLinks = selectAll('nav.filters a', await readPage(essaysIndexUrl(1, undefined, '/'))).map((a) => a.properties.href);
  for (const kind of kinds) {
    expect(filterLinks).toContain(essaysIndexUrl(1, { kind }, '/'));
    const listed = (await listPages({ kind })).flatMap(({ entries }) => entries.map(({ href }) => href));
    expect(listed).toEqual(essays.filter((essay) => essay.frontmatter.kind === kind).map(({ id }) => essayUrl(id, '/')));
  }
});

test('the topic filters list exactly the essays that argue in that topic', async () => {
  for (const topic of topics) {
    const expected = essaysArguingIn(topic.id, essays, args).map(({ id }) => essayUrl(id, '/'));
    if (expected.length === 0) continue;
    const pages = await listPages({ topic: topic.id });
    expect(pages.flatMap(({ entries }) => entries.map(({ href }) => href))).toEqual(expected);
    expect(select('nav.filters a[aria-current="page"]', pages[0]!.page)?.properties.href).toBe(
      essaysIndexUrl(1, { topic: topic.id }, '/'),
    );
  }
});
