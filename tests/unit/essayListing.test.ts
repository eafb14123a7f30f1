import { expect, test } from 'vitest';
import { essayListings, filterListings } from '../../src/lib/debate/essayListing.ts';

const topics = [
  { id: 'transparency', data: { title: 'Transparency' } },
  { id: 'safety', data: { title: 'Safety' } },
];
const essay = (id: string, kind: 'article' | 'forum-thread') => ({
  id,
  data: { shortTitle: `Title ${id}`, kind, description: `About ${id}` },
});

test('lists essays in the order given, with their kind label and the topics they argue in, in topic order', () => {
  const args = new Map([['b', [{ topic: 'safety' }, { topic: 'transparency' }, { topic: 'safety' }]]]);
  expect(essayListings([essay('b', 'forum-thread'), essay('a', 'article')], args, topics)).toEqual([
    {
      id: 'b',
      title: 'Title b',
      kind: 'forum-thread',
      kindLabel: 'Forum thread',
      description: 'About b',
      topics: [
        { id: 'transparency', title: 'Transparency' },
        { id: 'safety', title: 'Safety' },
      ],
    },
    { id: 'a', title: 'Title a', kind: 'article', kindLabel: 'Article', description: 'About a', topics: [] },
  ]);
});

test('a filter keeps the essays of one kind, or those arguing in one topic, in their order', () => {
  const args = new Map([
    ['a', [{ topic: 'safety' }]],
    ['c', [{ topic: 'safety' }, { topic: 'transparency' }]],
  ]);
  const listings = essayListings([essay('a', 'article'), essay('b', 'forum-thread'), essay('c', 'article')], args, topics);
  const ids = (filter: Parameters<typeof filterListings>[1]) => filterListings(listings, filter).map(({ id }) => id);
  expect(ids({ kind: 'article' })).toEqual(['a', 'c']);
  expect(ids({ kind: 'forum-thread' })).toEqual(['b']);
  expect(ids({ topic: 'safety' })).toEqual(['a', 'c']);
  expect(ids({ topic: 'transparency' })).toEqual(['c']);
});
