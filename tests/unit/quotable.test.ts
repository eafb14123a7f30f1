import { expect, test } from 'vitest';
import { maxQuoteLength, quotable } from '../../src/lib/text/quotable.ts';

const sentence = (n: number) => `Sentence number ${n} says one more thing about open models.`;

test('keeps a paragraph within the limit whole', () => {
  expect(quotable(sentence(1))).toBe(sentence(1));
});

test('cuts a long paragraph after its last whole sentence within the limit', () => {
  const text = Array.from({ length: 12 }, (_, n) => sentence(n + 1)).join(' ');
  const quote = quotable(text);
  expect(quote.length).toBeLessThanOrEqual(maxQuoteLength);
  expect(text.startsWith(quote)).toBe(true);
  expect(quote).toMatch(/\.$/);
  expect(`${quote} ${sentence(1)}`.length).toBeGreaterThan(maxQuoteLength);
});

test('cuts one overlong sentence at a word, within the limit', () => {
  const text = 'word '.repeat(100).trim();
  const quote = quotable(text);
  expect(quote.length).toBeLessThanOrEqual(maxQuoteLength);
  expect(quote).toMatch(/^(word )+word$/);
});
