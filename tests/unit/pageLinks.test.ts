import { expect, test } from 'vitest';
import { gap, pageLinks } from '../../src/lib/page/pageLinks.ts';

test('links every page of a short list', () => {
  expect(pageLinks(1, 1)).toEqual([1]);
  expect(pageLinks(4, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test('links the first, the last and two pages either side of the current one in a long list, with gaps between', () => {
  expect(pageLinks(250, 500)).toEqual([1, gap, 248, 249, 250, 251, 252, gap, 500]);
});

test('links as many pages at the ends of a long list as in its middle, and leaves no gap of one page', () => {
  expect(pageLinks(1, 500)).toEqual([1, 2, 3, 4, 5, 6, 7, gap, 500]);
  expect(pageLinks(4, 500)).toEqual([1, 2, 3, 4, 5, 6, 7, gap, 500]);
  expect(pageLinks(5, 500)).toEqual([1, 2, 3, 4, 5, 6, 7, gap, 500]);
  expect(pageLinks(6, 500)).toEqual([1, gap, 4, 5, 6, 7, 8, gap, 500]);
  expect(pageLinks(500, 500)).toEqual([1, gap, 494, 495, 496, 497, 498, 499, 500]);
  expect(pageLinks(10, 10)).toEqual([1, gap, 4, 5, 6, 7, 8, 9, 10]);
});

test('always links the current page, the first and the last, each once and in order', () => {
  for (let last = 1; last <= 40; last += 1) {
    for (let current = 1; current <= last; current += 1) {
      const numbers = pageLinks(current, last).filter((link) => link !== gap);
      expect(numbers).toContain(current);
      expect(numbers[0]).toBe(1);
      expect(numbers.at(-1)).toBe(last);
      expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
      expect(pageLinks(current, last).length).toBeLessThanOrEqual(9);
    }
  }
});
