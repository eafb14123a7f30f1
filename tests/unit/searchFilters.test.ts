import { expect, test } from 'vitest';
import { orderValues, pagefindFilters, tickedCount } from '../../src/lib/search/searchFilters.ts';

const selected = { stance: ['For', 'Against'], topic: ['Safety'], essay: [] };

test('values within a group match any of them, and every group with a ticked value applies', () => {
  expect(pagefindFilters(selected)).toEqual({ stance: { any: ['For', 'Against'] }, topic: { any: ['Safety'] } });
});

test("a group's counts come from the other groups' choices alone", () => {
  expect(pagefindFilters(selected, 'stance')).toEqual({ topic: { any: ['Safety'] } });
  expect(pagefindFilters(selected, 'topic')).toEqual({ stance: { any: ['For', 'Against'] } });
});

test('counts ticked boxes across groups', () => {
  expect(tickedCount(selected)).toBe(3);
  expect(tickedCount({})).toBe(0);
});

test('orders values by a preferred order first, then alphabetically', () => {
  expect(orderValues(['Middle ground', 'Against', 'For'], ['For', 'Against', 'Middle ground'])).toEqual([
    'For',
    'Against',
    'Middle ground',
  ]);
  expect(orderValues(['Topic overview', 'Argument', 'Essay passage'])).toEqual(['Argument', 'Essay passage', 'Topic overview']);
});
