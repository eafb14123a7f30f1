import { expect, test } from 'vitest';
import { essayListings } from '../../src/lib/debate/essayListing.ts';

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
