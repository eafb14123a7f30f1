import { expect, test } from 'vitest';
import { pageType } from '../../scripts/lib/pageType.ts';
import { samplePages } from '../support/samplePages.ts';

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

test('samples the first, the largest and a seeded random page of every kind', () => {
  const sizes = new Map([
    ['/', 10],
    ['/essays/a/', 5],
    ['/essays/b/', 9],
    ['/essays/c/', 7],
    ['/essays/d/', 6],
    ['/topics/safety/', 3],
  ]);
  const sample = samplePages(sizes, 1);
  expect(sample).toContain('/');
  expect(sample).toContain('/essays/a/');
  expect(sample).toContain('/essays/b/');
  expect(sample).toContain('/topics/safety/');
  expect(sample.length).toBeGreaterThanOrEqual(4);
  expect(sample.length).toBeLessThanOrEqual(5);
  expect(samplePages(sizes, 1)).toEqual(sample);
  const picks = new Set(Array.from({ length: 20 }, (_, seed) => samplePages(sizes, seed).join()));
  expect(picks.size).toBeGreaterThan(1);
});
