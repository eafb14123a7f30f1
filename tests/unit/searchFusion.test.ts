import { expect, test } from 'vitest';
import { anyWordRanking, fuseRankings } from '../../src/lib/search/searchFusion.ts';

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

test('an any-word search ranks a record holding more of the words, or a rarer one, first', () => {
  const record = (id: string, score: number) => ({ id, score });
  const rare = { results: [record('b', 3), record('c', 3)], weight: 2 };
  const common = { results: [record('a', 10), record('b', 5), record('d', 5)], weight: 1 };
  // b holds both words; c the rare one; a the common one at its best; d the common one at half its best.
  expect(anyWordRanking([rare, common]).map(({ id }) => id)).toEqual(['b', 'c', 'a', 'd']);
});

test('an any-word search compares each word by its own best score, not by Pagefind’s scale for it', () => {
  const record = (id: string, score: number) => ({ id, score });
  const loud = { results: [record('x', 100)], weight: 1 };
  const quiet = { results: [record('y', 0.5)], weight: 1.5 };
  expect(anyWordRanking([loud, quiet]).map(({ id }) => id)).toEqual(['y', 'x']);
});

test('an any-word search keeps the order records were first met in on a tie, and finds nothing in no searches', () => {
  const record = (id: string) => ({ id, score: 1 });
  const search = (id: string) => ({ results: [record(id)], weight: 1 });
  expect(anyWordRanking([search('x'), search('y')]).map(({ id }) => id)).toEqual(['x', 'y']);
  expect(anyWordRanking([])).toEqual([]);
});

test('a ranking that gives shares keeps its margins: an item far ahead of the rest stays ahead of one both rankings hold', () => {
  const scores: Record<string, number> = { rare: 10, common: 4 };
  const fused = fuseRankings(
    [
      { items: ['rare', 'common'], weight: 1, share: (item) => scores[item]! / 10 },
      { items: ['common'], weight: 0.5 },
    ],
    same,
  );
  expect(fused).toEqual(['rare', 'common']);
  // By places alone, the item both rankings hold would lead.
  expect(
    fuseRankings(
      [
        { items: ['rare', 'common'], weight: 1 },
        { items: ['common'], weight: 0.5 },
      ],
      same,
    ),
  ).toEqual(['common', 'rare']);
});
