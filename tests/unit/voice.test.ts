import { describe, expect, test } from 'vitest';
import {
  citationVoiceFilters,
  resolveVoices,
  restsOnlyOnMachine,
  speakerOf,
  voiceCitations,
  voiceFilterValues,
} from '../../src/lib/model/voice.ts';

const sections = [
  { id: 'original-post', depth: 2, title: 'Original post' },
  { id: 'in-favour', depth: 3, title: 'In favour' },
  { id: 'against', depth: 3, title: 'Against' },
  { id: 'reply-1', depth: 2, title: 'Reply 1' },
  { id: 'reply-2', depth: 2, title: 'Reply 2' },
];
const evidence = 'I asked my “team” which is built using OpenAI’s API.';

describe('resolveVoices', () => {
  test('gives a declared section its voice and title, and leaves undeclared sections out', () => {
    expect(resolveVoices(sections, [{ section: 'reply-2', speaker: 'machine', evidence }])).toEqual([
      { section: 'reply-2', speaker: 'machine', evidence, title: 'Reply 2' },
    ]);
  });

  test('lets an h3 speak with its h2’s voice unless it declares its own', () => {
    const voices = resolveVoices(sections, [
      { section: 'original-post', speaker: 'machine', evidence },
      { section: 'against', speaker: 'person', evidence: 'I wrote this part myself.' },
    ]);
    expect(voices.map((voice) => [voice.section, voice.speaker])).toEqual([
      ['original-post', 'machine'],
      ['in-favour', 'machine'],
      ['against', 'person'],
    ]);
  });

  test('does not carry an h2’s voice past the next h2', () => {
    const voices = resolveVoices(sections, [{ section: 'original-post', speaker: 'machine', evidence }]);
    expect(speakerOf(voices, 'reply-1')).toBe('unknown');
  });
});

describe('voiceCitations and restsOnlyOnMachine', () => {
  const essays = [
    { id: 'thread', sectionVoices: resolveVoices(sections, [{ section: 'reply-2', speaker: 'machine', evidence }]) },
  ];
  const [onlyMachine, mixed] = voiceCitations(
    [
      { id: 'a', citations: [{ essay: 'thread', section: 'reply-2', quote: 'x' }] },
      {
        id: 'b',
        citations: [
          { essay: 'thread', section: 'reply-2', quote: 'x' },
          { essay: 'other', section: 'reply-2', quote: 'y' },
        ],
      },
    ],
    essays,
  );

  test('gives each citation the voice of the section it quotes, in its own essay only', () => {
    expect(mixed!.citations.map((citation) => citation.voice)).toEqual(['machine', 'unknown']);
  });

  test('says an argument rests only on machine text when every citation, and not just one, is machine-voiced', () => {
    expect(restsOnlyOnMachine(onlyMachine!.citations)).toBe(true);
    expect(restsOnlyOnMachine(mixed!.citations)).toBe(false);
    expect(restsOnlyOnMachine([])).toBe(false);
  });

  test('gives the search filter one value per voice present, in a fixed order', () => {
    expect(citationVoiceFilters(mixed!.citations)).toEqual(['A language model', 'Not stated']);
    expect(voiceFilterValues(['unknown', 'person', 'unknown'])).toEqual(['A person', 'Not stated']);
  });
});
