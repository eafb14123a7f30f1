import { expect, test } from 'vitest';
import {
  aliasesFor,
  argumentsByEssay,
  argumentsBySection,
  citationsByEssay,
  groupBy,
  indexAliases,
  indexBy,
  sectionKey,
} from '../../src/lib/debate/debateIndex.ts';

const args = [
  {
    id: 'a',
    citations: [
      { essay: 'one', section: 'intro' },
      { essay: 'one', section: 'intro' },
      { essay: 'two', section: 'end' },
    ],
  },
  { id: 'b', citations: [{ essay: 'two', section: 'end' }] },
];

test('indexBy finds items by key and keeps the first of duplicates', () => {
  const map = indexBy(
    [
      { id: 'x', n: 1 },
      { id: 'x', n: 2 },
      { id: 'y', n: 3 },
    ],
    (item) => item.id,
  );
  expect(map.get('x')?.n).toBe(1);
  expect(map.get('y')?.n).toBe(3);
  expect(map.get('z')).toBeUndefined();
});

test('groupBy keeps the original order and puts an item once under each of its keys', () => {
  const groups = groupBy(['ab', 'b', 'aa'], (word) => [...word]);
  expect(Object.fromEntries(groups)).toEqual({ a: ['ab', 'aa'], b: ['ab', 'b'] });
});

test('arguments by section list each argument once per section it cites', () => {
  const map = argumentsBySection(args);
  expect(map.get(sectionKey('one', 'intro'))?.map(({ id }) => id)).toEqual(['a']);
  expect(map.get(sectionKey('two', 'end'))?.map(({ id }) => id)).toEqual(['a', 'b']);
  expect(map.get(sectionKey('one', 'end'))).toBeUndefined();
});

test('arguments by essay list each argument once per essay it cites', () => {
  const map = argumentsByEssay(args);
  expect(map.get('one')?.map(({ id }) => id)).toEqual(['a']);
  expect(map.get('two')?.map(({ id }) => id)).toEqual(['a', 'b']);
});

test('aliasesFor finds every retired id of a page that lands on an id, and nothing on other pages', () => {
  const index = indexAliases([
    { page: '/topics/safety/', from: 'old-1', to: 'new' },
    { page: '/topics/safety/', from: 'old-2', to: 'new' },
    { page: '/topics/licensing/', from: 'old-3', to: 'new' },
  ]);
  expect(aliasesFor(index, '/topics/safety/', 'new')).toEqual(['old-1', 'old-2']);
  expect(aliasesFor(index, '/topics/licensing/', 'new')).toEqual(['old-3']);
  expect(aliasesFor(index, '/topics/safety/', 'other')).toEqual([]);
});

test('citations by essay follow the editor’s order of essays and keep each essay’s quotes in order', () => {
  const citations = [
    { essay: 'late', quote: 'q1' },
    { essay: 'early', quote: 'q2' },
    { essay: 'late', quote: 'q3' },
  ];
  const order = new Map([
    ['early', 1],
    ['late', 2],
  ]);
  expect(citationsByEssay(citations, order)).toEqual([
    { essay: 'early', citations: [{ essay: 'early', quote: 'q2' }] },
    {
      essay: 'late',
      citations: [
        { essay: 'late', quote: 'q1' },
        { essay: 'late', quote: 'q3' },
      ],
    },
  ]);
});
