import { expect, test } from 'vitest';
import { parseArgumentFile } from '../../src/lib/debate/parseArgumentFile.ts';

const file = 'content/arguments/safety.yaml';

const valid = `arguments:
  - id: misuse-risk
    topic: safety
    stance: against
    claim: Open weights let anyone remove the safeguards a model shipped with.
    explanation: The essays say that released weights cannot be recalled once copied.
    citations:
      - essay: some-essay
        section: worries-about-safety
        quote: once the weights are out, they cannot be taken back
`;

test('a valid file gives its arguments, with defaults filled in and ids as plain strings', () => {
  const { data, errors } = parseArgumentFile(valid, file);
  expect(errors).toBeUndefined();
  expect(data!.arguments).toHaveLength(1);
  const [argument] = data!.arguments;
  expect(argument!.topic).toBe('safety');
  expect(argument!.citations[0]!.essay).toBe('some-essay');
  expect(argument!.keywords).toEqual([]);
  expect(argument!.answers).toEqual([]);
});

test('broken YAML names the file, the line and the column', () => {
  const { errors } = parseArgumentFile('arguments:\n  - id: a\n   topic: [safety\n', file);
  expect(errors).toHaveLength(1);
  expect(errors![0]).toMatch(/^content\/arguments\/safety\.yaml: not valid YAML: .+ \(\d+:\d+\)$/);
});

test('each field that breaks the schema is named, with the file and what was expected', () => {
  const broken = valid
    .replace('stance: against', 'stance: sideways')
    .replace('essay: some-essay', 'essay: Some Essay')
    .replace('topic: safety', 'topic: 7');
  const { data, errors } = parseArgumentFile(broken, file);
  expect(data).toBeUndefined();
  expect(errors).toEqual(
    expect.arrayContaining([
      `${file}: arguments.0.stance: stance must be one of: for, against, middle-ground`,
      expect.stringMatching(
        /^content\/arguments\/safety\.yaml: arguments\.0\.topic: topic must be the id of a topic, like safety$/,
      ),
      expect.stringMatching(
        /^content\/arguments\/safety\.yaml: arguments\.0\.citations\.0\.essay: essay must be the id of an essay, like /,
      ),
    ]),
  );
  expect(errors).toHaveLength(3);
});

test('an empty file or one without arguments says the list is missing', () => {
  expect(parseArgumentFile('', file).errors).toEqual([
    expect.stringMatching(/^content\/arguments\/safety\.yaml: \(the file\): /),
  ]);
  expect(parseArgumentFile('arguments: []\n', file).errors).toEqual([
    `${file}: arguments: arguments must list at least one argument`,
  ]);
});
