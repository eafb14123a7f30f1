import { expect, test } from 'vitest';
import { markEssaySource } from '../../src/lib/source/markEssaySource.ts';
import { compileRules } from '../../src/lib/source/debrisRules.ts';

const rules = compileRules({ remove: [{ name: 'comment form', line: 'Leave a Reply' }] }, 'rules.yaml');
const essay = (removed: (string | { line: string; reason: string })[]) => ({
  id: 'post',
  filePath: 'content/essays/post.mdx',
  data: { title: 'A Post', kind: 'article' as const, removed },
});

test('explains a removed line by the debris rule that matches it, and asks for nothing more', () => {
  const { lines, errors } = markEssaySource('A Post\nBody\nLeave a Reply\n', essay(['Leave a Reply']), rules, ['Body']);
  expect(lines[2]!.reason).toBe('Removed by the debris rule “comment form”.');
  expect(errors).toEqual([]);
});

test('asks for a reason for a removed line no rule explains, naming the file and the entry', () => {
  const { errors } = markEssaySource('Body\nA stray caption\n', essay(['A stray caption']), rules, ['Body']);
  expect(errors).toEqual([
    'Essay "post" in content/essays/post.mdx: removed[0]: expected a debris rule of import-rules.yaml to match "A stray caption", ' +
      'or a reason; found neither. Write it as { line: "A stray caption", reason: "why it is not the authors\' words" }.',
  ]);
});

test('takes the editor’s reason over any rule', () => {
  const { lines, errors } = markEssaySource(
    'Body\nLeave a Reply\n',
    essay([{ line: 'Leave a Reply', reason: 'the form.' }]),
    rules,
    [],
  );
  expect(lines[1]!.reason).toBe('Removed by the editor: the form.');
  expect(errors).toEqual([]);
});
