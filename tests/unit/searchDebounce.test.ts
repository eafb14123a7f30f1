import { expect, test } from 'vitest';
import { debounceFor, searchDebounceMs } from '../../src/lib/search/searchDebounce.ts';

test('a query of three or more letters searches after the short wait', () => {
  expect(debounceFor('ope')).toBe(searchDebounceMs);
  expect(debounceFor('who pays')).toBe(searchDebounceMs);
});

test('one or two letters, counted without surrounding spaces, wait as long as Pagefind’s own UI', () => {
  for (const query of ['o', 'op', '  op  ', '']) expect(debounceFor(query), query).toBe(300);
});
