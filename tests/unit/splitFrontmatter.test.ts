import { expect, test } from 'vitest';
import { frontmatterFields, splitFrontmatter } from '../../src/lib/splitFrontmatter.ts';

test('splits at the first pair of --- fences, leaving thematic breaks in the body', () => {
  expect(splitFrontmatter('---\ntitle: A\n---\n\nText.\n\n---\n\nMore.')).toEqual({
    frontmatter: 'title: A',
    body: '\nText.\n\n---\n\nMore.',
  });
});

test('a file without frontmatter is all body', () => {
  expect(splitFrontmatter('Just text.')).toEqual({ frontmatter: '', body: 'Just text.' });
});

test('reads frontmatter fields, and names the file when they are not YAML fields', () => {
  expect(frontmatterFields('---\ntitle: A\norder: 2\n---\nText.', 'essays/a.mdx')).toEqual({ title: 'A', order: 2 });
  expect(frontmatterFields('Text only.', 'essays/a.mdx')).toEqual({});
  expect(() => frontmatterFields('---\ntitle: [unclosed\n---\n', 'essays/a.mdx')).toThrow(
    /^essays\/a\.mdx: the frontmatter is not valid YAML: /,
  );
  expect(() => frontmatterFields('---\n- a list\n---\n', 'essays/a.mdx')).toThrow(
    'essays/a.mdx: expected frontmatter of "field: value" lines between two "---" lines, found ["a list"]',
  );
});
