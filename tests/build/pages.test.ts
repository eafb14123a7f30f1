import { access } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { pagePaths, readPage, select, selectAll, textOf } from '../support/builtSite.ts';
import { paths } from '../support/paths.ts';
import { essaySourceUrl, essayUrl, topicUrl } from '../../src/lib/routes.ts';

const essayIds = ['deep-learning-models-public', 'open-source-ai-forum-thread', 'democratizing-ai-open-source'];
const topicIds = ['transparency', 'safety', 'licensing', 'sustainability'];

test('the build has the home page, three essays with their scraped sources, four topics, search, about and 404', async () => {
  expect(await pagePaths()).toEqual(
    [
      '/',
      '/404.html',
      '/about/',
      '/search/',
      ...essayIds.map((id) => essayUrl(id, '/')),
      ...essayIds.map((id) => essaySourceUrl(id, '/')),
      ...topicIds.map((id) => topicUrl(id, '/')),
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
  test('has one h1, a source note, a reading time and a table of contents that matches its headings', async () => {
    const page = await readPage(essayUrl(id, '/'));
    expect(selectAll('h1', page)).toHaveLength(1);
    const note = textOf(select('.source-note', page)!);
    expect(note).toMatch(/not preserved in the scrape/);
    expect(note).toMatch(/\d+ min read/);
    expect(note).toMatch(/removed \d+ lines of scrape debris/);
    const tocTargets = selectAll('.toc a', page).map((a) => String(a.properties.href));
    const headingIds = selectAll('article :is(h2, h3)[id]', page).map((h) => `#${h.properties.id}`);
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

  test('has a description meta tag of at most 160 characters', async () => {
    const meta = select('meta[name="description"]', await readPage(essayUrl(id, '/')));
    expect(String(meta?.properties.content).length).toBeLessThanOrEqual(160);
  });
});

test('the forum thread shows each post as its own section and marks the truncated reply', async () => {
  const page = await readPage('/essays/open-source-ai-forum-thread/');
  const h2s = selectAll('article h2', page).map(textOf);
  expect(h2s).toEqual(['Original post', 'Reply 1', 'Reply 2', 'Reply 3']);
  const reply2 = select('[data-section="reply-2"]', page)!;
  expect(textOf(select('.truncated', reply2)!)).toMatch(/Truncated in the source/);
});

test('the home page asks the question and lists the essays with their descriptions', async () => {
  const page = await readPage('/');
  expect(textOf(select('h1', page)!)).toBe('Should AI models be open source?');
  const essays = selectAll('.essay-list li', page);
  expect(essays).toHaveLength(3);
  for (const item of essays) expect(textOf(select('p', item)!).length).toBeGreaterThan(40);
});
