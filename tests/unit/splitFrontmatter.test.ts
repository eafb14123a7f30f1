import { expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/splitFrontmatter.ts';

test('splits at the first pair of --- fences, leaving thematic breaks in the body', () => {
  expect(splitFrontmatter('---\ntitle: A\n---\n\nText.\n\n---\n\nMore.')).toEqual({
    frontmatter: 'title: A',
    body: '\nText.\n\n---\n\nMore.',
  });
});

test('a file without frontmatter is all body', () => {
  expect(splitFrontmatter('Just text.')).toEqual({ frontmatter: '', body: 'Just text.' });
});
