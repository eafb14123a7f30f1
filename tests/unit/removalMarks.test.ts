import { expect, test } from 'vitest';
import { markEssaySource } from '../../src/lib/source/markEssaySource.ts';
import { compileRules } from '../../src/lib/source/debrisRules.ts';
import { removalMarks, withRemovalMarks } from '../../src/lib/source/removalMarks.ts';

const rules = compileRules({ remove: [{ name: 'comment form', line: 'Leave a Reply' }] }, 'rules.yaml');
const essay = {
  id: 'post',
  filePath: 'content/essays/post.mdx',
  data: {
    title: 'A Post',
    kind: 'article' as const,
    removed: ['Leave a Reply', { line: 'Share this', reason: 'a sharing button.' }, 'Background', 'A Post'],
  },
};
// Garbled quotes and an emoji as scrapes write them, a heading the scrape repeats as a caption,
// debris removed by a rule, by the editor and as the title, an empty line, and a final line break.
const source = [
  'A Post',
  'Background',
  'Itβs open, they said π€π and left.',
  '',
  'Background',
  'Share this',
  'Leave a Reply',
  'The end.',
  '',
].join('\n');

test('the marks keep only the removed lines, with why each was removed where something says why', () => {
  const { lines, errors } = markEssaySource(source, essay, rules, ['Background', 'Itβs open, they said and left.', 'The end.']);
  // The repeated heading is removed where it repeats; no rule explains it, so the build would ask for a reason.
  expect(errors).toEqual([expect.stringContaining('removed[2]: expected a debris rule')]);
  expect([...removalMarks(lines)]).toEqual([
    [1, 'Removed: the title, which the page shows as its heading.'],
    [5, undefined],
    [6, 'Removed by the editor: a sharing button.'],
    [7, 'Removed by the debris rule “comment form”.'],
  ]);
});

test('the source text and its marks give back the marked lines, repairs and reasons included', () => {
  const { lines } = markEssaySource(source, essay, rules, ['Background', 'Itβs open, they said and left.', 'The end.']);
  expect(lines.some((line) => line.runs.some((run) => run.repairedTo !== undefined))).toBe(true);
  expect(withRemovalMarks(source, removalMarks(lines))).toEqual(lines);
});
