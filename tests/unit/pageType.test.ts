import { expect, test } from 'vitest';
import { pageType } from '../../scripts/lib/pageType.ts';
import { samplePages, strideSample } from '../support/samplePages.ts';

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

test('a stride sample keeps every page of the small kinds and one in ten of the large ones', () => {
  const essays = Array.from({ length: 25 }, (_, index) => [`/essays/e${String(index).padStart(2, '0')}/`, 100 + index] as const);
  const sizes = new Map<string, number>([['/', 10], ['/topics/safety/', 3], ['/topics/licensing/', 4], ...essays]);
  const sample = strideSample(sizes, { whole: 5, stride: 10, seed: 3 });
  expect(sample).toEqual(expect.arrayContaining(['/', '/topics/licensing/', '/topics/safety/']));
  // e00, e10, e20 by stride, e24 as the largest, and at most one random pick besides.
  expect(sample).toEqual(expect.arrayContaining(['/essays/e00/', '/essays/e10/', '/essays/e20/', '/essays/e24/']));
  expect(sample.filter((path) => path.startsWith('/essays/')).length).toBeLessThanOrEqual(5);
  expect(strideSample(sizes, { whole: 30 })).toHaveLength(sizes.size);
});
