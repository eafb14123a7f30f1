import { expect, test } from 'vitest';
import { collectRelations, relationsByArgument } from '../../src/lib/debate/debateRelations.ts';
import { argumentLabel } from '../../src/lib/debate/argumentLabel.ts';

const quote = (essay: string) => ({ essay, section: 's', quote: 'Some words.' });
const args = [
  {
    id: 'a',
    answers: [
      { argument: 'b', kind: 'rebuts' as const, note: 'A rebuts B.', evidence: quote('shown') },
      { argument: 'c', kind: 'qualifies' as const, note: 'A qualifies C.', editorsPairing: true as const },
      { argument: 'b-draft', kind: 'supports' as const, note: 'B-draft is not shown.', editorsPairing: true as const },
      { argument: 'c', kind: 'supports' as const, note: 'Evidence in a draft.', evidence: quote('draft') },
    ],
  },
  { id: 'b' },
  { id: 'c' },
];

test('flattens answers into relations from the answering argument, keeping the evidence or the editors’ mark', () => {
  const relations = collectRelations(args, new Set(['a', 'b', 'c']), new Set(['shown']));
  expect(relations).toEqual([
    { from: 'a', to: 'b', kind: 'rebuts', note: 'A rebuts B.', evidence: quote('shown') },
    { from: 'a', to: 'c', kind: 'qualifies', note: 'A qualifies C.', editorsPairing: true },
  ]);
});

test('indexes each argument’s relations both ways', () => {
  const index = relationsByArgument(collectRelations(args, new Set(['a', 'b', 'c']), new Set(['shown'])));
  expect(index.get('a')!.answers.map(({ to }) => to)).toEqual(['b', 'c']);
  expect(index.get('b')!.answeredBy.map(({ from }) => from)).toEqual(['a']);
  expect(index.get('c')!.answers).toEqual([]);
});

test('names an argument by its label, or by its claim shortened', () => {
  expect(argumentLabel({ label: 'rules and oversight', claim: 'Open models need rules.' })).toBe('rules and oversight');
  expect(
    argumentLabel({ claim: 'Open models need rules, clear guidelines and ongoing oversight so that they are used responsibly.' }),
  ).toBe('Open models need rules, clear…');
});
