import { expect, test } from 'vitest';
import { excerptWithoutTitle } from '../../src/lib/search/excerptWithoutTitle.ts';

const claim = 'Open models need a licence.';

test('an excerpt that starts with the title goes on from where the title ends', () => {
  expect(excerptWithoutTitle('Open models need a <mark>licence</mark>. Read the <mark>licence</mark> first.', claim)).toBe(
    'Read the <mark>licence</mark> first.',
  );
});

test('a mark the title ends inside is reopened', () => {
  expect(excerptWithoutTitle('Ab <mark>cd ef</mark> gh', 'Ab cd')).toBe('<mark>ef</mark> gh');
});

test('an excerpt that does not start with the title, or is only the title, stays whole', () => {
  expect(excerptWithoutTitle('Read the <mark>licence</mark> first.', claim)).toBe('Read the <mark>licence</mark> first.');
  expect(excerptWithoutTitle('Open models need a <mark>licence</mark>.', claim)).toBe('Open models need a <mark>licence</mark>.');
});

test('escaped characters count as the characters they stand for', () => {
  expect(excerptWithoutTitle('Tom &amp; Jerry. Then more.', 'Tom & Jerry.')).toBe('Then more.');
});
