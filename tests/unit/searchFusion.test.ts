import { expect, test } from 'vitest';
import { fuseRankings } from '../../src/lib/searchFusion.ts';

const same = (item: string) => item;

test('lifts an item that both rankings hold above items that only one holds', () => {
  expect(
    fuseRankings(
      [
        { items: ['a', 'b', 'c'], weight: 1 },
        { items: ['c', 'd'], weight: 1 },
      ],
      same,
    ),
  ).toEqual(['c', 'a', 'b', 'd']);
});

test('keeps the first ranking first on a tie, so an exact keyword match keeps its place', () => {
  expect(
    fuseRankings(
      [
        { items: ['words'], weight: 1 },
        { items: ['meaning'], weight: 1 },
      ],
      same,
    ),
  ).toEqual(['words', 'meaning']);
});

test('lets a heavier ranking lead', () => {
  expect(
    fuseRankings(
      [
        { items: ['words'], weight: 1 },
        { items: ['meaning'], weight: 1.3 },
      ],
      same,
    ),
  ).toEqual(['meaning', 'words']);
});

test('lists each item once, by its key', () => {
  const items = fuseRankings(
    [
      { items: [{ id: 'x', from: 1 }], weight: 1 },
      { items: [{ id: 'x', from: 2 }], weight: 1 },
    ],
    ({ id }) => id,
  );
  expect(items).toEqual([{ id: 'x', from: 1 }]);
});
