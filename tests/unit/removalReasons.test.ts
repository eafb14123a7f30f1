import { expect, test } from 'vitest';
import { markSource } from '../../src/lib/source/markSource.ts';
import { explainRemovals, type RemovedEntry } from '../../src/lib/source/removalReasons.ts';

const rules: Record<string, { name: string; untilEnd: boolean }> = {
  'Leave a Reply': { name: 'comment form', untilEnd: false },
  'You May Also Like': { name: 'related posts', untilEnd: true },
};
const ruleFor = (line: string) => rules[line];

function explain(text: string, removed: RemovedEntry[]) {
  const lines = markSource(
    text,
    removed.map((entry) => (typeof entry === 'string' ? entry : entry.line)),
  );
  return explainRemovals(lines, { removed, title: 'My Title', ruleFor });
}

test('gives each removed line the editor’s reason, else the debris rule that matches it, in words', () => {
  const { lines, unexplained } = explain('My Title\nBody\nLeave a Reply\nA caption', [
    'My Title',
    'Leave a Reply',
    { line: 'A caption', reason: 'the caption of an image.' },
  ]);
  expect(lines.map((line) => line.reason)).toEqual([
    'Removed: the title, which the page shows as its heading.',
    undefined,
    'Removed by the debris rule “comment form”.',
    'Removed by the editor: the caption of an image.',
  ]);
  expect(unexplained).toEqual([]);
});

test('explains the lines after a rule that runs to the end of the page by that rule and its line', () => {
  const { lines } = explain('Body\nYou May Also Like\nAnother article', ['You May Also Like', 'Another article']);
  expect(lines[2]!.reason).toBe(
    'Removed with the list under “You May Also Like”, which runs to the end of the page (debris rule “related posts”).',
  );
});

test('reports each removed entry nothing explains, by its index, so the build can ask for a reason', () => {
  const { lines, unexplained } = explain('Body\nStray line\nLeave a Reply', ['Leave a Reply', 'Stray line']);
  expect(lines[1]!.reason).toBeUndefined();
  expect(unexplained).toEqual([{ index: 1, line: 'Stray line' }]);
});
