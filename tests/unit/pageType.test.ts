import { expect, test } from 'vitest';
import { pageType } from '../../scripts/bench/pageType.ts';

test('names the kind of each page of the site, paginated lists included', () => {
  expect(pageType('/')).toBe('home');
  expect(pageType('/essays/')).toBe('essays index');
  expect(pageType('/essays/2/')).toBe('essays index');
  expect(pageType('/essays/kind/article/2/')).toBe('essays index');
  expect(pageType('/essays/some-essay/')).toBe('essay');
  expect(pageType('/essays/some-essay/source/')).toBe('essay source');
  expect(pageType('/topics/safety/')).toBe('topic');
  expect(pageType('/arguments/misuse-risk/')).toBe('argument');
  expect(pageType('/arguments/misuse-risk/2/')).toBe('argument');
  expect(pageType('/about/')).toBe('about');
  expect(pageType('/404.html')).toBe('404.html');
});

test('names the pages of the Starlight reference: every docs page is an essay', () => {
  expect(pageType('/', 'reference')).toBe('home');
  expect(pageType('/some-essay/', 'reference')).toBe('essay');
  expect(pageType('/404.html', 'reference')).toBe('404.html');
});
