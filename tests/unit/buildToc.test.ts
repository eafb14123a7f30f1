import { expect, test } from 'vitest';
import { buildToc } from '../../src/lib/page/buildToc.ts';

test('nests lower-level headings in children array h2 => h3', () => {
  const toc = buildToc([
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 2, slug: 'b', text: 'B' },
  ]);
  expect(toc).toEqual([
    { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
    { slug: 'b', text: 'B', children: [] },
  ]);
});

test('leaves out h1 and h4 and keeps an h3 with no h2 before it at the top level', () => {
  const toc = buildToc([
    { depth: 1, slug: 't', text: 'T' },
    { depth: 3, slug: 'x', text: 'X' },
    { depth: 4, slug: 'y', text: 'Y' },
  ]);
  expect(toc).toEqual([{ slug: 'x', text: 'X', children: [] }]);
});
