import { access } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { pagePaths, readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { paths } from '../../scripts/lib/paths.ts';
import { argumentPageUrl, essaySourceUrl, essaysIndexUrl, essayUrl, topicUrl } from '../../src/lib/page/routes.ts';
import {
  citedEssays,
  essaysArguingIn,
  readArgumentFiles,
  readEssayFiles,
  readTopicFiles,
  removedLines,
} from '../support/content.ts';
import { argumentPageSize, listPageSize } from '../../src/lib/model/listPageSize.ts';

const essays = await readEssayFiles();
const topics = await readTopicFiles();
const args = await readArgumentFiles();
const essayIds = essays.map(({ id }) => id);
/** The most entries a paginated list may show on one page (issue: the site at 1,000 essays). */
const perPage = listPageSize;

/** The URLs of a paginated list of `count` entries. */
function numbered(count: number, url: (page: number) => string, pageSize = perPage): string[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / pageSize)) }, (_, index) => url(index + 1));
}

test('the build has the home page, every essay, topic and argument, the essay with its scraped source, the essays index with its filters, search, about and 404', async () => {
  const kinds = [...new Set(essays.map((essay) => essay.frontmatter.kind))];
  const argued = topics.map((topic) => ({ topic, essays: essaysArguingIn(topic.id, essays, args) }));
  expect(await pagePaths()).toEqual(
    [
      '/',
      '/404.html',
      '/about/',
      '/search/',
      ...essayIds.map((id) => essayUrl(id, '/')),
      ...topics.map(({ id }) => topicUrl(id, '/')),
      ...args.flatMap((arg) =>
        numbered(citedEssays(arg, essays).length, (page) => argumentPageUrl(arg.id, page, '/'), argumentPageSize),
      ),
      ...numbered(essays.length, (page) => essaysIndexUrl(page, undefined, '/')),
      ...kinds.flatMap((kind) =>
        numbered(essays.filter((essay) => essay.frontmatter.kind === kind).length, (page) => essaysIndexUrl(page, { kind }, '/')),
      ),
      ...argued
        .filter((entry) => entry.essays.length > 0)
        .flatMap((entry) => numbered(entry.essays.length, (page) => essaysIndexUrl(page, { topic: entry.topic.id }, '/'))),
      ...essayIds.map((id) => essaySourceUrl(id, '/')),
    ].sort(),
  );
});

test('the build has a Pagefind index', async () => {
  await expect(access(`${paths.site}/pagefind/pagefind.js`)).resolves.toBeUndefined();
  await expect(access(`${paths.site}/pagefind/pagefind-entry.json`)).resolves.toBeUndefined();
});

test('a GFM table in an MDX page renders as a <table> (remark-gfm runs under the unified processor)', async () => {
  const table = select('main table', await readPage('/about/'));
  expect(table).toBeDefined();
  expect(selectAll('tbody tr', table!)).toHaveLength(3);
  expect(textOf(select('thead', table!)!)).toBe('Stance Meaning');
});

describe.each(essayIds)('essay page %s', (id) => {
  test('has one h1, a provenance line, a source note and a table of contents that matches the essay’s headings', async () => {
    const page = await readPage(essayUrl(id, '/'));
    expect(selectAll('h1', page)).toHaveLength(1);
    const essay = essays.find((entry) => entry.id === id)!;
    const provenance = textOf(select('.provenance', page)!);
    expect(provenance).toMatch(
      new RegExp(
        `^Listed as “${essay.frontmatter.shortTitle.replace(/[?]/g, '\\?')}” · ${essay.frontmatter.kind === 'article' ? 'Article' : 'Forum thread'} · .*\\d+ min read · View the scraped source$`,
      ),
    );
    const note = textOf(select('.source-note', page)!);
    expect(note).toMatch(/not preserved in the scrape/);
    expect(note).toMatch(/\d+ min read/);
    // Only an essay whose frontmatter lists removed lines says it removed some.
    const removed = removedLines(essays.find((essay) => essay.id === id)!);
    expect(/removed \d+ lines? of scrape debris/.test(note)).toBe(removed.length > 0);
    const tocTargets = selectAll('.toc a', page).map((a) => String(a.properties.href));
    const headingIds = selectAll('[data-section] :is(h2, h3)[id]', page).map((h) => `#${h.properties.id}`);
    expect(tocTargets).toEqual(headingIds);
    expect(headingIds.length).toBeGreaterThan(3);
  });

  test('gives every h2 and h3 an id and a labelled anchor link that search ignores', async () => {
    const page = await readPage(essayUrl(id, '/'));
    for (const wrapper of selectAll('article .heading-wrapper', page)) {
      const heading = select(':is(h2, h3)', wrapper)!;
      const anchor = select('a.anchor-link', wrapper)!;
      expect(anchor.properties.href).toBe(`#${heading.properties.id}`);
      expect(anchor.properties.dataPagefindIgnore).toBe('');
      expect(textOf(select('.sr-only', anchor)!)).toBe(`Link to section: ${textOf(heading)}`);
    }
    expect(selectAll('article :is(h2, h3)', page)).toHaveLength(selectAll('article .heading-wrapper', page).length);
  });

  test('carries its frontmatter description as the meta and Open Graph description', async () => {
    const page = await readPage(essayUrl(id, '/'));
    const { description } = essays.find((essay) => essay.id === id)!.frontmatter;
    expect(select('meta[name="description"]', page)?.properties.content).toBe(description);
    expect(select('meta[property="og:description"]', page)?.properties.content).toBe(description);
  });
});

test('the forum thread shows each post as its own section and marks the truncated reply', async () => {
  const page = await readPage('/essays/open-source-ai-forum-thread/');
  const h2s = selectAll('[data-section] h2', page).map(textOf);
  expect(h2s).toEqual(['Original post', 'Reply 1', 'Reply 2', 'Reply 3']);
  const reply2 = select('[data-section="reply-2"]', page)!;
  expect(textOf(select('.truncated', reply2)!)).toMatch(/Truncated in the source/);
});

test('the home page asks the question, counts essays and arguments, shows the first essays and links the index', async () => {
  const page = await readPage('/');
  expect(textOf(select('h1', page)!)).toBe('Should AI models be open source?');
  expect(textOf(select('.totals', page)!)).toBe(`${essays.length} essays, ${args.length} arguments.`);
  const shown = selectAll('.essay-list > li', page);
  expect(shown.length).toBe(Math.min(essays.length, 5));
  shown.forEach((item, index) => {
    expect(select('a', item)!.properties.href).toBe(essayUrl(essayIds[index]!, '/'));
    expect(textOf(select('.description', item)!)).toBe(essays[index]!.frontmatter.description);
  });
  expect(selectAll('main a', page).some((a) => a.properties.href === essaysIndexUrl(1, undefined, '/'))).toBe(true);
});

test('no page’s header lists essays: it links home, the topics, the essays index, About and Search', async () => {
  const allowed = new Set([
    '/',
    ...topics.map(({ id }) => topicUrl(id, '/')),
    essaysIndexUrl(1, undefined, '/'),
    '/about/',
    '/search/',
  ]);
  for (const path of await pagePaths()) {
    const links = selectAll('.site-header a', await readPage(path)).map((a) => String(a.properties.href));
    expect(new Set(links), path).toEqual(allowed);
  }
});
