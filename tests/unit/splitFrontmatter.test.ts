import { expect, test } from 'vitest';
import {
  bodyWithFileLines,
  frontmatterFields,
  parseFrontmatter,
  splitFrontmatter,
} from '../../src/lib/essay/splitFrontmatter.ts';

test('splits at the first pair of --- fences, leaving thematic breaks in the body', () => {
  expect(splitFrontmatter('---\ntitle: A\n---\n\nText.\n\n---\n\nMore.')).toEqual({
    frontmatter: 'title: A',
    body: '\n\nText.\n\n---\n\nMore.',
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

test('names the line of a YAML error as the line in the file', () => {
  expect(() => frontmatterFields('---\ntitle: A\n  kind: x\norder: 1\n---\n', 'essays/a.mdx')).toThrow(
    /^essays\/a\.mdx: the frontmatter is not valid YAML: bad indentation of a mapping entry \(3:7\)/,
  );
});

test('keeps an unquoted date as the text the author wrote', () => {
  expect(frontmatterFields('---\npublished: 2024-05-01\n---\n', 'essays/a.mdx')).toEqual({ published: '2024-05-01' });
});

test('parseFrontmatter requires frontmatter, naming the file', () => {
  expect(parseFrontmatter('---\ntitle: A\n---\nText.', 'a.mdx')).toEqual({ data: { title: 'A' }, body: '\nText.' });
  expect(() => parseFrontmatter('Text.', 'a.mdx')).toThrow('a.mdx: expected YAML frontmatter between two "---" lines at the top');
});

test('blanks the frontmatter to empty lines, so that a line of the body is its line in the file', () => {
  const body = bodyWithFileLines('---\ntitle: A\norder: 2\n---\n\nText.\n', 'a.mdx');
  expect(body.split('\n').indexOf('Text.') + 1).toBe(6);
});
