import { expect, test } from 'vitest';
import { filterSlug, readSearchState, resolveFilters, writeSearchState } from '../../src/lib/search/searchState.ts';

const filterNames = ['topic', 'stance', 'essay'];

test('reads the query and the known filters from the URL, as slugs, ignoring other parameters', () => {
  expect(readSearchState('?q=misuse&stance=Against&topic=safety&utm=x', filterNames)).toEqual({
    query: 'misuse',
    filters: { stance: ['against'], topic: ['safety'] },
  });
});

test('keeps repeated values of one filter once each', () => {
  expect(readSearchState('?essay=a&essay=b&essay=a', filterNames).filters).toEqual({ essay: ['a', 'b'] });
});

test('writes a search back, leaving out a blank query and empty filters', () => {
  expect(writeSearchState('/search/', { query: '  ', filters: { stance: ['middle-ground'], topic: [] } })).toBe(
    '/search/?stance=middle-ground',
  );
  expect(writeSearchState('/search/', { query: '', filters: {} })).toBe('/search/');
  expect(writeSearchState('/search/', { query: 'a&b <c>', filters: {} })).toBe('/search/?q=a%26b+%3Cc%3E');
});

test('slugs filter values for URLs', () => {
  expect(filterSlug('Middle ground')).toBe('middle-ground');
  expect(filterSlug('Should AI models be open source?')).toBe('should-ai-models-be-open-source');
});

test('maps slugs back to the values the index knows and drops unknown ones', () => {
  const known = { stance: { For: 11, Against: 13, 'Middle ground': 9 }, topic: { Safety: 6 } };
  expect(resolveFilters({ query: '', filters: { stance: ['middle-ground', 'sideways'], topic: ['<script>'] } }, known)).toEqual({
    stance: ['Middle ground'],
  });
});
