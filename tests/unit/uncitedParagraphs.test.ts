import { expect, test } from 'vitest';
import { essayParagraphs, uncitedParagraphs } from '../../src/lib/debate/uncitedParagraphs.ts';

const body =
  '## First\n\nOpen weights let anyone check a model.\n\n- A list item on its own.\n\n## Second\n\nA paragraph “nobody” cites.';
const paragraphs = essayParagraphs([{ id: 'essay', body }]);

test('lists every paragraph and list item with its section id', () => {
  expect(paragraphs.map(({ section, text }) => [section, text])).toEqual([
    ['first', 'Open weights let anyone check a model.'],
    ['first', 'A list item on its own.'],
    ['second', 'A paragraph “nobody” cites.'],
  ]);
});

test('leaves out paragraphs quoted from their own section, and those excluded with a reason', () => {
  const args = [{ citations: [{ essay: 'essay', section: 'first', quote: 'let anyone check' }] }];
  const exclusions = [{ essay: 'essay', section: 'first', startsWith: 'A list item', reason: 'Introduces nothing.' }];
  expect(uncitedParagraphs(paragraphs, args, exclusions).map((p) => p.text)).toEqual(['A paragraph “nobody” cites.']);
});

test('a quote counts only in the section it names, with quote marks folded', () => {
  const args = [{ citations: [{ essay: 'essay', section: 'first', quote: "A paragraph 'nobody' cites" }] }];
  expect(uncitedParagraphs(paragraphs, args, [])).toHaveLength(3);
  const right = [{ citations: [{ essay: 'essay', section: 'second', quote: "A paragraph 'nobody' cites" }] }];
  expect(uncitedParagraphs(paragraphs, right, [])).toHaveLength(2);
});
