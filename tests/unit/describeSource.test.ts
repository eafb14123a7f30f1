import { expect, test } from 'vitest';
import { describeSource } from '../../src/lib/source/describeSource.ts';

const article = {
  kind: 'article' as const,
  removedCount: 3,
  repairedCount: 0,
  droppedCount: 0,
  editorialTitle: false,
  addedHeadings: [],
};

test('says what is not known of an article and claims no repair it did not make', () => {
  expect(describeSource(article)).toEqual({
    origin: [
      'Article scraped from the web.',
      'The scrape does not show which site published it.',
      'Its original address, author and publication date were not preserved in the scrape.',
    ],
    cleanup: [
      'The authors’ words are kept as written.',
      'We removed 3 lines of scrape debris (such as image captions, site menus and links to unrelated articles).',
    ],
  });
});

test('names the platform and leaves out what is known', () => {
  const { origin } = describeSource({ ...article, platform: 'a blog', author: 'A. Writer', published: '1 January 2024' });
  expect(origin).toEqual(['Article scraped from a blog.', 'Its original address was not preserved in the scrape.']);
});

test('reports repairs, dropped emoji, an editorial title and added headings when there are some', () => {
  const { cleanup } = describeSource({
    ...article,
    kind: 'forum-thread',
    removedCount: 1,
    repairedCount: 4,
    droppedCount: 1,
    editorialTitle: true,
    addedHeadings: ['Reply 1', 'Reply 2'],
  });
  expect(cleanup).toEqual([
    'The authors’ words are kept as written.',
    'We removed 1 line of scrape debris (such as image captions, site menus and links to unrelated articles), repaired 4 garbled quote marks and marked 1 emoji the scrape garbled beyond repair.',
    'The source has no title; the title above is ours.',
    'Headings we added for navigation: Reply 1, Reply 2.',
  ]);
});

test('names the sections a language model wrote, and says nothing of voices when there are none', () => {
  expect(describeSource({ ...article, machineSections: ['Reply 2'] }).origin.at(-1)).toBe(
    '“Reply 2” is a language model’s output, as the text itself says.',
  );
  expect(describeSource({ ...article, machineSections: ['Reply 2', 'Reply 4'] }).origin.at(-1)).toBe(
    '“Reply 2” and “Reply 4” are a language model’s output, as the text itself says.',
  );
  expect(describeSource({ ...article, machineSections: [] }).origin.join(' ')).not.toContain('language model');
});
