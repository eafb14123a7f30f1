import { expect, test } from 'vitest';
import { stanceGrid } from '../../src/lib/page/stanceGrid.ts';

const order = new Map([
  ['first', 0],
  ['second', 1],
  ['third', 2],
]);
const cites = (...essays: string[]) => essays.map((essay) => ({ essay }));

test('counts each argument once per essay that makes it, and once in the totals', () => {
  const grid = stanceGrid(
    [
      { stance: 'for', citations: cites('second', 'first', 'second') },
      { stance: 'against', citations: cites('first') },
      { stance: 'for', citations: cites('third') },
    ],
    order,
    5,
  );
  expect(grid.rows).toEqual([
    { essay: 'first', counts: { for: 1, against: 1, 'middle-ground': 0 } },
    { essay: 'second', counts: { for: 1, against: 0, 'middle-ground': 0 } },
    { essay: 'third', counts: { for: 1, against: 0, 'middle-ground': 0 } },
  ]);
  expect(grid.totals).toEqual({ for: 2, against: 1, 'middle-ground': 0 });
  expect(grid.moreEssays).toBe(0);
});

test('keeps the first essays in the editor order and counts the rest', () => {
  const grid = stanceGrid([{ stance: 'middle-ground', citations: cites('third', 'second', 'first') }], order, 2);
  expect(grid.rows.map((row) => row.essay)).toEqual(['first', 'second']);
  expect(grid.moreEssays).toBe(1);
});
