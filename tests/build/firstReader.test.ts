import { expect, test } from 'vitest';
import { readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { readEssayFiles } from '../support/content.ts';
import { essayUrl } from '../../src/lib/page/routes.ts';

// What a first reader tripped on (issue 28), checked on the built pages.
const essays = await readEssayFiles();

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
