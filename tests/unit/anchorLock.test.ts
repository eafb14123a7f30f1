import { expect, test } from 'vitest';
import { checkAnchorLock, pageIds, publishedAnchors } from '../../src/lib/page/anchorLock.ts';

const page = '<main><h2 id="b">B</h2><h3 id="a">A</h3><h4 id="c">C</h4><span id="old"></span></main><nav><h2 id="n">N</h2></nav>';

test('publishes the ids of h2 and h3 headings inside main, sorted', () => {
  expect(publishedAnchors(page)).toEqual(['a', 'b']);
});

test('pageIds sees every id, alias targets included', () => {
  expect(pageIds(page)).toEqual(new Set(['b', 'a', 'c', 'old', 'n']));
});

test('passes when every locked anchor is still on its page', () => {
  expect(checkAnchorLock({ '/p/': ['a', 'b'] }, { '/p/': new Set(['a', 'b', 'new']) }, [])).toEqual([]);
});

test('fails when a locked anchor disappears without an alias, and says how to fix it', () => {
  const [error] = checkAnchorLock({ '/p/': ['gone'] }, { '/p/': new Set(['a']) }, []);
  expect(error).toContain('/p/#gone was published but is gone');
  expect(error).toContain('content/anchor-aliases.yaml');
});

test('passes when a renamed anchor has an alias and the page carries the old id', () => {
  const aliases = [{ page: '/p/', from: 'old', to: 'new' }];
  expect(checkAnchorLock({ '/p/': ['old'] }, { '/p/': new Set(['old', 'new']) }, aliases)).toEqual([]);
});

test('fails when an alias points at an id the page lacks', () => {
  const aliases = [{ page: '/p/', from: 'old', to: 'typo' }];
  expect(checkAnchorLock({ '/p/': ['old'] }, { '/p/': new Set(['old', 'new']) }, aliases)).toEqual([
    '/p/#old is aliased to "typo", but /p/ has no element with id "typo".',
  ]);
});

test('fails when a whole published page is no longer built', () => {
  expect(checkAnchorLock({ '/gone/': ['a'] }, {}, [])).toEqual([
    '/gone/ was published but is no longer built; its 1 anchors would break.',
  ]);
});
