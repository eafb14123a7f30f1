import { describe, expect, test } from 'vitest';
import {
  distinctiveWords,
  fallbackQueries,
  hasEveryWord,
  highlightWords,
  isOffTopic,
  matchedForms,
  queryWords,
  wordPrefixes,
  wordRarity,
} from '../../src/lib/search/searchWords.ts';

const counts = { total: 40, records: { pays: 1, open: 38, models: 35, funding: 3, safe: 4, anyone: 5, model: 36 } };

test('splits a query into distinct lower-case words, dropping punctuation and emoji', () => {
  expect(queryWords('Who pays for open models? 🤖 who')).toEqual(['who', 'pays', 'for', 'open', 'models']);
  expect(queryWords("model's open-source")).toEqual(["model's", 'open-source']);
  expect(queryWords('   ')).toEqual([]);
});

test('falls back to the known words without stop words, then without common words', () => {
  expect(fallbackQueries(['who', 'pays', 'for', 'open', 'models'], counts)).toEqual(['pays open models', 'pays']);
  expect(fallbackQueries(['is', 'it', 'safe', 'to', 'let', 'anyone', 'download', 'a', 'model'], counts)).toEqual([
    'safe anyone model',
    'safe anyone',
  ]);
});

test('the distinctive words of a query are those in the index that are neither stop words nor on most records', () => {
  expect(distinctiveWords(['is', 'it', 'safe', 'to', 'let', 'anyone', 'download', 'a', 'model'], counts)).toEqual([
    'safe',
    'anyone',
  ]);
  expect(distinctiveWords(['who', 'pays', 'for', 'open', 'models'], counts)).toEqual(['pays']);
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

describe('matchedForms', () => {
  test('adds the forms Pagefind marked that share a stem with the words to mark', () => {
    expect(matchedForms('The <mark>licence</mark> terms and <mark>licences</mark>', ['licencing'])).toEqual([
      'licencing',
      'licence',
      'licences',
    ]);
    expect(matchedForms('from <mark>hacking</mark> into computers', ['hackers'])).toEqual(['hackers', 'hacking']);
  });

  test('never adds a stop word or a marked word unlike every word to mark', () => {
    expect(matchedForms('<mark>The</mark> <mark>open</mark> <mark>licence</mark>', ['licence'])).toEqual(['licence']);
  });
});

describe('isOffTopic', () => {
  const site = { total: 41, records: { use: 20, open: 38, models: 35, safety: 12, licence: 4 } };

  const inEssays = { use: 18, open: 30, models: 30, safety: 9, licence: 3 };

  test('is off topic when a meaningful word is in no essay or argument and the rest are widespread', () => {
    expect(isOffTopic(['energy', 'use'], site, inEssays)).toBe(true);
    expect(isOffTopic(['what', 'about', 'climate'], site, inEssays)).toBe(true);
  });

  test('counts a word found only outside essays and arguments (a topic overview saying what it leaves out) as missing', () => {
    expect(isOffTopic(['energy', 'use'], { ...site, records: { ...site.records, energy: 1 } }, inEssays)).toBe(true);
  });

  test('is on topic when a word the essays discuss matches, or every word is in them', () => {
    expect(isOffTopic(['energy', 'safety'], site, inEssays)).toBe(false);
    expect(isOffTopic(['open', 'models'], site, inEssays)).toBe(false);
    expect(isOffTopic(['licence'], site, inEssays)).toBe(false);
  });
});

test('a search has every word only when the index holds each word that is not a stop word', () => {
  const counts = { total: 40, records: { keep: 3, open: 30, models: 30, bread: 0 } };
  expect(hasEveryWord(['how', 'do', 'i', 'keep', 'open', 'models'], counts)).toBe(true);
  expect(hasEveryWord(['how', 'do', 'i', 'keep', 'bread'], counts)).toBe(false);
  expect(hasEveryWord(['keep', 'stale'], counts)).toBe(false);
});

test('a word on fewer records is rarer, and one on every record has no rarity', () => {
  expect(wordRarity('pays', counts)).toBeCloseTo(Math.log(40));
  expect(wordRarity('funding', counts)).toBeGreaterThan(wordRarity('anyone', counts));
  expect(wordRarity('open', counts)).toBeCloseTo(Math.log(40 / 38));
});
