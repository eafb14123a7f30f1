import { expect, test } from 'vitest';
import { pickQuotes } from '../../src/lib/debate/pickQuotes.ts';

const c = (essay: string, quote: string) => ({ essay, quote });

test('picks one quote from each of three essays before a second from the same essay', () => {
  const citations = [c('a', '1'), c('a', '2'), c('b', '3'), c('c', '4'), c('d', '5')];
  expect(pickQuotes(citations).map(({ quote }) => quote)).toEqual(['1', '3', '4']);
});

test('fills up from the same essays when fewer than three essays make the argument, in citation order', () => {
  const citations = [c('a', '1'), c('a', '2'), c('a', '3'), c('b', '4')];
  expect(pickQuotes(citations).map(({ quote }) => quote)).toEqual(['1', '2', '4']);
});

test('returns every citation when there are no more than the maximum', () => {
  expect(pickQuotes([c('a', '1')])).toEqual([c('a', '1')]);
  expect(pickQuotes([], 3)).toEqual([]);
  expect(pickQuotes([c('a', '1'), c('b', '2')], 1)).toEqual([c('a', '1')]);
});
