import { expect, test } from 'vitest';
import { fallbackQueries, highlightWords, queryWords, wordPrefixes } from '../../src/lib/searchWords.ts';

const counts = { total: 40, records: { pays: 1, open: 38, models: 35, funding: 3, safe: 4, anyone: 5, model: 36 } };

test('splits a query into distinct lower-case words, dropping punctuation and emoji', () => {
  expect(queryWords('Who pays for open models? 🤖 who')).toEqual(['who', 'pays', 'for', 'open', 'models']);
  expect(queryWords("model's open-source")).toEqual(["model's", 'open-source']);
  expect(queryWords('   ')).toEqual([]);
});

test('falls back to the known words without stop words, then without common words, then the rare words alone', () => {
  expect(fallbackQueries(['who', 'pays', 'for', 'open', 'models'], counts)).toEqual(['pays open models', 'pays']);
  expect(fallbackQueries(['is', 'it', 'safe', 'to', 'let', 'anyone', 'download', 'a', 'model'], counts)).toEqual([
    'safe anyone model',
    'safe anyone',
    'safe',
    'anyone',
  ]);
});

test('offers no fallback when no word of the query is in the index, or the query cannot be narrowed', () => {
  expect(fallbackQueries(['energy'], counts)).toEqual([]);
  expect(fallbackQueries(['the', 'energy'], counts)).toEqual([]);
  expect(fallbackQueries(['funding'], counts)).toEqual([]);
});

test('marks neither stop words nor words that occur on most records', () => {
  expect(highlightWords(['who', 'pays', 'for', 'open', 'models'], counts)).toEqual(['pays']);
  expect(highlightWords(['funding', 'energy'], counts)).toEqual(['funding', 'energy']);
});

test('shortens a word letter by letter down to four letters', () => {
  expect(wordPrefixes('licensce')).toEqual(['licensc', 'licens', 'licen', 'lice']);
  expect(wordPrefixes('safe')).toEqual([]);
});
