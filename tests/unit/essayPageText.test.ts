import { expect, test } from 'vitest';
import { essayPageText } from '../../src/lib/essay/essayPageText.ts';

test('puts the chrome first, then each section’s heading and paragraphs, and records where each section starts', () => {
  const text = essayPageText(
    [
      { id: '', depth: 1, title: '', paragraphs: ['Before any heading.'] },
      { id: 'one', depth: 2, title: 'One', paragraphs: ['First.', 'Second.'] },
      { id: 'two', depth: 3, title: 'Two', paragraphs: ['Third.'] },
    ],
    ['Header', 'Cited in: a claim'],
  );
  expect(text.blocks).toEqual([
    'Header',
    'Cited in: a claim',
    'Before any heading.',
    'One',
    'First.',
    'Second.',
    'Two',
    'Third.',
  ]);
  expect(text.sectionStarts).toEqual({ '': 2, one: 3, two: 6 });
});
