import { expect, test } from 'vitest';
import { splitSections } from '../../src/lib/essay/splitSections.ts';
import { validateVoices } from '../../src/lib/debate/validateVoices.ts';
import { essayFrontmatter } from '../../src/lib/essay/essayFrontmatter.ts';

const sections = splitSections(
  [
    '## Reply 2',
    '',
    'I asked my “team” which is built using OpenAI’s API, whether models should be open.',
    '',
    '---',
    '',
    'The question is a profound one.',
  ].join('\n'),
);
const essay = (voices: { section: string; speaker: 'person' | 'machine' | 'unknown'; evidence?: string }[]) => ({
  id: 'thread',
  filePath: 'content/essays/thread.mdx',
  data: { voices },
  sections,
});

test('accepts evidence quoted from its section, whatever the quote marks and spacing', () => {
  expect(
    validateVoices([
      essay([{ section: 'reply-2', speaker: 'machine', evidence: 'I asked my "team" which is built  using OpenAI\'s API' }]),
    ]),
  ).toEqual([]);
});

test('rejects a section the essay lacks, naming the file, the field and the sections it has', () => {
  expect(validateVoices([essay([{ section: 'reply-9', speaker: 'unknown' }])])).toEqual([
    'Essay "thread" in content/essays/thread.mdx: voices[0].section: expected a heading id of this essay ("reply-2"), found "reply-9".',
  ]);
});

test('rejects evidence that is not in the section it names, naming the file, the field and the section', () => {
  expect(
    validateVoices([essay([{ section: 'reply-2', speaker: 'machine', evidence: 'As an AI language model, I cannot say.' }])]),
  ).toEqual([
    'Essay "thread" in content/essays/thread.mdx: voices[0].evidence: expected words found verbatim in section "reply-2", ' +
      'but this evidence is not there: "As an AI language model, I cannot say.".',
  ]);
});

test('the frontmatter schema asks a machine or person voice for its evidence, and lists each section once', () => {
  const base = {
    title: 'T',
    shortTitle: 'T',
    description: 'A description of twenty characters or more.',
    kind: 'forum-thread',
    source: 'a.txt',
    order: 1,
  };
  const noEvidence = essayFrontmatter.safeParse({ ...base, voices: [{ section: 'reply-2', speaker: 'machine' }] });
  expect(noEvidence.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
    [
      'voices.0.evidence',
      'voices[].evidence is required for a person or machine voice: quote the sentence of the section that shows it',
    ],
  ]);
  const twice = essayFrontmatter.safeParse({
    ...base,
    voices: [
      { section: 'reply-2', speaker: 'unknown' },
      { section: 'reply-2', speaker: 'unknown' },
    ],
  });
  expect(twice.error?.issues.map((issue) => issue.message)).toEqual(['voices must list each section once']);
  const robot = essayFrontmatter.safeParse({ ...base, voices: [{ section: 'reply-2', speaker: 'robot' }] });
  expect(robot.error?.issues.map((issue) => issue.message)).toEqual([
    'voices[].speaker must be one of: person, machine, unknown',
  ]);
});

test('the frontmatter schema takes a removed line alone or with the editor’s reason, and nothing else', () => {
  const base = {
    title: 'T',
    shortTitle: 'T',
    description: 'A description of twenty characters or more.',
    kind: 'article',
    source: 'a.txt',
    order: 1,
  };
  const both = essayFrontmatter.parse({
    ...base,
    removed: ['Share this', { line: 'Featured caption', reason: 'the caption of an image' }],
  });
  expect(both.removed).toEqual(['Share this', { line: 'Featured caption', reason: 'the caption of an image' }]);
  expect(essayFrontmatter.safeParse({ ...base, removed: [{ line: 'Share this' }] }).success).toBe(false);
});
