import { expect, test } from 'vitest';
import { pagePaths, readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { readFile } from 'node:fs/promises';
import type { Element } from 'hast';
import { paths } from '../../scripts/lib/paths.ts';
import { readEssayFiles, readTopicFiles } from '../support/content.ts';
import { essaySourceUrl, essaysIndexUrl, essayUrl, topicUrl } from '../../src/lib/page/routes.ts';

// What a first reader tripped on (issue 28), checked on the built pages.
const essays = await readEssayFiles();
const topics = await readTopicFiles();

test.each(essays.map((essay) => [essay.frontmatter.shortTitle, essay] as const))(
  'the essay page of "%s" shows the short name lists call it by, beside its full title',
  async (_, essay) => {
    const page = await readPage(essayUrl(essay.id, '/'));
    expect(textOf(select('main h1', page)!)).toBe(essay.frontmatter.title);
    const top = selectAll('main .provenance', page).map(textOf).join(' ');
    expect(top).toContain(`“${essay.frontmatter.shortTitle}”`);
  },
);

test.each(essays.map((essay) => [essay.id, essay] as const))('the tab title of %s is never cut mid-phrase', async (_, essay) => {
  const title = textOf(select('title', await readPage(essayUrl(essay.id, '/')))!);
  expect(title).not.toContain('…');
  expect([essay.frontmatter.title, essay.frontmatter.shortTitle]).toContain(title.replace(/ · Open Models Debate$/, ''));
});

const marked = essays.filter((essay) => essay.frontmatter.addedHeadings?.length || essay.frontmatter.editorialTitle);

test.each(marked.map((essay) => [essay.id, essay] as const))(
  'on %s, the editors’ title and headings are marked where they stand, and only those',
  async (_, essay) => {
    const page = await readPage(essayUrl(essay.id, '/'));
    const explanation = select('#editors-words', page);
    expect(explanation && textOf(explanation)).toMatch(/Editors’ heading.*ours|we wrote/i);
    const added = new Set(essay.frontmatter.addedHeadings ?? []);
    const wrappers = selectAll('[data-section] .heading-wrapper', page);
    expect(wrappers.length).toBeGreaterThan(added.size);
    for (const wrapper of wrappers) {
      const heading = select(':is(h2, h3)', wrapper)!;
      const mark = select('a.editors-mark', wrapper);
      if (added.has(textOf(heading))) {
        expect(mark && textOf(mark), textOf(heading)).toBe('Editors’ heading');
        expect(mark!.properties.href).toBe('#editors-words');
        expect(heading.properties.ariaDescribedBy).toEqual(['editors-words']);
      } else {
        expect(mark, textOf(heading)).toBeUndefined();
      }
    }
    const titleMark = select('main h1 + a.editors-mark[href="#editors-words"]', page);
    expect(titleMark ? textOf(titleMark) : undefined).toBe(essay.frontmatter.editorialTitle ? 'Editors’ title' : undefined);
  },
);

test('a citation naming a heading the editors added says it is theirs, and no other does', async () => {
  const captions = (
    await Promise.all(
      ['/topics/licensing/', '/topics/safety/', '/topics/transparency/', '/topics/sustainability/'].map((path) => readPage(path)),
    )
  )
    .flatMap((page) => selectAll('.citation figcaption a[data-citation]', page))
    .map(textOf);
  const addedBy = new Map(essays.map((essay) => [essay.frontmatter.shortTitle, new Set(essay.frontmatter.addedHeadings ?? [])]));
  let editors = 0;
  for (const caption of captions) {
    const [, essay, section] = /^(.*), section “(.*)”/.exec(caption)!;
    const byEditors = addedBy.get(essay!)!.has(section!);
    if (byEditors) editors += 1;
    expect(caption.endsWith('(editors’ heading)'), caption).toBe(byEditors);
  }
  expect(editors).toBeGreaterThan(3);
});

test.each(topics.map(({ id }) => id))(
  'the grid of where the essays stand on %s explains totals that are not the sum of its rows',
  async (id) => {
    const page = await readPage(topicUrl(id, '/'));
    const grid = select('.stance-grid', page)!;
    const number = (cell: Element) => Number(textOf(cell).trim());
    const rows = selectAll('tbody tr', grid).map((row) => selectAll('td', row).map(number));
    const totals = selectAll('tfoot td', grid).map(number);
    const adds = totals.every((total, column) => rows.reduce((sum, row) => sum + row[column]!, 0) === total);
    expect(textOf(select('tfoot th', grid)!)).toMatch(/each once/);
    const note = select('.note', grid);
    if (adds) expect(note).toBeUndefined();
    else expect(textOf(note!)).toMatch(/counts in each of their rows, and once in the total/);
  },
);

test('no page calls the middle ground "in between": one stance vocabulary', async () => {
  const paths = await pagePaths();
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) expect(textOf(await readPage(path)), path).not.toMatch(/in between/i);
});

test('the home page links only to stance groups that hold arguments', async () => {
  const pills = selectAll('.card .counts .pill', await readPage('/'));
  expect(pills.length).toBe(topics.length * 3);
  for (const pill of pills) {
    const count = Number(/^\d+/.exec(textOf(pill))![0]);
    expect(pill.tagName, textOf(pill)).toBe(count > 0 ? 'a' : 'span');
  }
});

test('without SITE_URL, /debate.json gives no address for the site rather than a bare "/"', async () => {
  const data = JSON.parse(await readFile(`${paths.site}/debate.json`, 'utf8')) as { site: Record<string, string> };
  expect(data.site).toEqual({ name: 'Open Models Debate' });
});

test('the 404 page’s advice follows from what it says', async () => {
  const text = textOf(select('main', await readPage('/404.html'))!);
  expect(text).not.toMatch(/keep working, so/);
  expect(text).toMatch(/Try the topics or a search instead/);
});

test('a list that fits on one page shows no page navigation', async () => {
  const page = await readPage(essaysIndexUrl(1, undefined, '/'));
  expect(selectAll('.essay-list li', page).length).toBeGreaterThan(0);
  expect(select('.pagination', page)).toBeUndefined();
  expect(textOf(page)).not.toMatch(/Page 1 of 1/);
});

test.each(essays.map(({ id }) => id))('the source page of %s counts only what the cleanup did', async (id) => {
  const summary = textOf(select('[data-source-summary] p', await readPage(essaySourceUrl(id, '/')))!);
  expect(summary).not.toMatch(/\b0 \w/);
});
