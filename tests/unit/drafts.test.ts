import { expect, test } from 'vitest';
import { includesDrafts, isDraftPage, isPublished, isRendered } from '../../src/lib/model/drafts.ts';

test('an essay is published unless its frontmatter says draft: true', () => {
  expect(isPublished({})).toBe(true);
  expect(isPublished({ draft: false })).toBe(true);
  expect(isPublished({ draft: true })).toBe(false);
});

test('a build renders drafts only when INCLUDE_DRAFTS=1', () => {
  expect(includesDrafts({})).toBe(false);
  expect(includesDrafts({ INCLUDE_DRAFTS: '0' })).toBe(false);
  expect(isRendered({ draft: true }, {})).toBe(false);
  expect(isRendered({ draft: true }, { INCLUDE_DRAFTS: '1' })).toBe(true);
  expect(isRendered({}, {})).toBe(true);
});

test('a draft essay’s page is recognised under any base path', () => {
  expect(isDraftPage('https://example.org/essays/new-one/', ['new-one'])).toBe(true);
  expect(isDraftPage('https://example.org/base/essays/new-one/', ['new-one'])).toBe(true);
  expect(isDraftPage('https://example.org/essays/new-one-more/', ['new-one'])).toBe(false);
  expect(isDraftPage('https://example.org/topics/safety/', ['new-one'])).toBe(false);
});
