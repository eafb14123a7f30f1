import { expect, test } from 'vitest';
import { debateData, schemaErrors } from '../../src/lib/debate/debateData.ts';

const source = {
  topics: [{ id: 'safety', data: { title: 'Safety', question: 'Is it safe?', summary: 'Whether open models are safe.' } }],
  essays: [
    {
      id: 'thread',
      data: {
        title: 'A thread',
        shortTitle: 'Thread',
        kind: 'forum-thread',
        voices: [{ section: 'reply-2', speaker: 'machine' as const, evidence: 'I asked my team.' }],
      },
    },
  ],
  arguments: [
    {
      id: 'misuse',
      claim: 'Open models are easier to misuse.',
      stance: 'against',
      topic: 'safety',
      explanation: 'The thread says so.',
      citations: [
        {
          essay: 'thread',
          section: 'reply-2',
          quote: 'misuse easier',
          href: '/essays/thread/#reply-2',
          voice: 'machine' as const,
        },
      ],
    },
    {
      id: 'rules',
      claim: 'Rules can limit misuse.',
      stance: 'middle-ground',
      topic: 'safety',
      explanation: 'The thread proposes rules.',
      citations: [
        { essay: 'thread', section: 'reply-2', quote: 'rules help', href: '/essays/thread/#reply-2', voice: 'machine' as const },
      ],
    },
  ],
  relations: [
    {
      from: 'rules',
      to: 'misuse',
      kind: 'qualifies',
      note: 'The thread answers misuse with rules.',
      evidence: {
        essay: 'thread',
        section: 'reply-2',
        quote: 'rules help',
        href: '/essays/thread/#reply-2',
        voice: 'machine' as const,
      },
    },
    { from: 'misuse', to: 'rules', kind: 'rebuts', note: 'The editors pair them.', editorsPairing: true as const },
  ],
};

test('makes open data that its schema accepts, each address made by the link function', () => {
  const data = debateData(source, (path) => `https://example.org${path}`);
  expect(schemaErrors(data)).toEqual([]);
  expect(data.arguments[0]!.citations[0]).toEqual({
    essay: 'thread',
    section: 'reply-2',
    quote: 'misuse easier',
    url: 'https://example.org/essays/thread/#reply-2',
    voice: 'machine',
  });
  expect(data.essays[0]!.sourceUrl).toBe('https://example.org/essays/thread/source/');
  expect(data.relations).toEqual([
    {
      from: 'rules',
      to: 'misuse',
      kind: 'qualifies',
      note: 'The thread answers misuse with rules.',
      evidence: {
        essay: 'thread',
        section: 'reply-2',
        quote: 'rules help',
        url: 'https://example.org/essays/thread/#reply-2',
        voice: 'machine',
      },
    },
    { from: 'misuse', to: 'rules', kind: 'rebuts', note: 'The editors pair them.', editorsPairing: true },
  ]);
});

test('refuses a relation with neither evidence nor the editors’ mark, or of an unknown kind', () => {
  const data = debateData(source, (path) => path);
  const { from, to, note } = data.relations[1]!;
  const bare = { from, to, note };
  expect(schemaErrors({ ...data, relations: [{ ...bare, kind: 'refutes' }] })).toEqual([
    "/relations/0: must have required property 'evidence'",
    "/relations/0: must have required property 'editorsPairing'",
    '/relations/0: must match exactly one schema in oneOf',
    '/relations/0/kind: must be equal to one of the allowed values (rebuts, qualifies, supports)',
  ]);
});

test('names where data breaks its schema and what was expected', () => {
  const data = debateData(source, (path) => path);
  const broken = { ...data, arguments: [{ ...data.arguments[0]!, stance: 'sideways', citations: [] }] };
  expect(schemaErrors(broken)).toEqual([
    '/arguments/0/stance: must be equal to one of the allowed values (for, against, middle-ground)',
    '/arguments/0/citations: must NOT have fewer than 1 items',
  ]);
});
