import { expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { argumentSearchRecord } from '../../src/lib/search/searchArgumentRecords.ts';
import type { Argument, Debate } from '../../src/lib/debate/loadDebate.ts';

const citation = (essay: string, quote: string, voice = 'person') => ({
  voice,
  essay,
  section: 'intro',
  quote,
  sectionTitle: 'Introduction',
  sectionTitleByEditors: false,
  href: `/essays/${essay}/#intro`,
});

const argument = {
  id: 'misuse-risk',
  topic: 'safety',
  stance: 'against',
  keywords: ['dangerous', 'abuse'],
  claim: 'Open models make harm easier.',
  explanation: 'Anyone could misuse them.',
  citations: [
    citation('one', 'First quote.'),
    citation('one', 'Second quote.'),
    citation('two', 'Third quote.'),
    citation('three', 'Fourth quote.', 'machine'),
  ],
} as unknown as Argument;

const debate = {
  topicsById: new Map([['safety', { data: { title: 'Safety' } }]]),
  essaysById: new Map(
    ['one', 'two', 'three'].map((id) => [id, { data: { title: `The long title of essay ${id}`, shortTitle: `Essay ${id}` } }]),
  ),
  argumentsById: new Map([
    ['guarded-deployment', { id: 'guarded-deployment', label: 'access controls and monitoring', claim: 'Guard it.' }],
    ['unlabelled', { id: 'unlabelled', claim: 'A claim with no label.' }],
  ]),
  relationsById: new Map([
    [
      'misuse-risk',
      {
        answeredBy: [
          { from: 'guarded-deployment', to: 'misuse-risk' },
          { from: 'unlabelled', to: 'misuse-risk' },
        ],
        answers: [{ from: 'misuse-risk', to: 'faster-progress' }],
      },
    ],
  ]),
} as unknown as Pick<Debate, 'topicsById' | 'essaysById' | 'argumentsById' | 'relationsById'>;

const record = argumentSearchRecord(argument, debate);
const tree = fromHtml(record.html);
const values = (attribute: string) =>
  selectAll(`span[data-pagefind-${attribute}]`, tree).map(
    (node) => `${node.properties[`dataPagefind${attribute[0]!.toUpperCase()}${attribute.slice(1)}`]}=${toText(node)}`,
  );

test('places the record at the argument on its topic page, without the base path', () => {
  expect(record.url).toBe('/topics/safety/#misuse-risk');
});

test('tags the record with its stance, its topic, every essay that makes it, every voice it quotes and its id, so filters count arguments', () => {
  expect(values('filter')).toEqual([
    'stance=Against',
    'topic=Safety',
    'essay=Essay one',
    'essay=Essay two',
    'essay=Essay three',
    'voice=A person',
    'voice=A language model',
    'argument=misuse-risk',
  ]);
  expect(select('[data-pagefind-body]', tree)?.properties.dataPagefindFilter).toBe('kind:Argument');
});

test('gives the record the metadata results show: claim as title, topic page, stance and explanation', () => {
  expect(values('meta')).toEqual([
    'title=Open models make harm easier.',
    'page=Argument',
    'topic=Safety',
    'stance=Against',
    'stanceId=against',
    'summary=Anyone could misuse them.',
    'answeredBy=[["guarded-deployment","access controls and monitoring"],["unlabelled","A claim with no label."]]',
  ]);
});

test('carries the arguments that answer it as metadata only, never as indexed words', () => {
  expect(toText(select('article', tree)!)).not.toContain('access controls');
  expect(toText(select('article', tree)!)).not.toContain('Guard it.');
  const unanswered = argumentSearchRecord({ ...argument, id: 'faster-progress' }, debate);
  expect(unanswered.html).not.toContain('answeredBy');
});

test('indexes the claim as a weighted heading, four quotes led by the one the topic page shows, and the keywords last', () => {
  expect(select('h3', tree)?.properties.dataPagefindWeight).toBe('8');
  const many = argumentSearchRecord(
    {
      ...argument,
      citations: [
        ...argument.citations,
        citation('two', 'Fifth quote.'),
        citation('four', 'Sixth quote.'),
      ] as Argument['citations'],
    },
    debate,
  );
  // The first of each essay first, then more from the same essays, in citation order (pickQuotes).
  expect(selectAll('blockquote', fromHtml(many.html)).map((node) => toText(node))).toEqual([
    'First quote.',
    'Third quote.',
    'Fourth quote.',
    'Sixth quote.',
  ]);
  // The explanation is on the argument's own page, not the topic page: it is the result's summary, not indexed text.
  expect(toText(select('article', tree)!)).not.toContain('Anyone could misuse them.');
  expect(toText(select('article > :last-child', tree)!)).toBe('Keywords: dangerous, abuse');
});

test('leaves the keywords paragraph out when an argument has none', () => {
  const bare = argumentSearchRecord({ ...argument, keywords: [] }, debate);
  expect(bare.html).not.toContain('Keywords:');
});

test('takes the meaning from the claim, explanation, keywords and every quote, shown or not', () => {
  expect(record.text).toEqual({
    claim: 'Open models make harm easier.',
    explanation: 'Anyone could misuse them.',
    keywords: ['dangerous', 'abuse'],
    quotes: ['First quote.', 'Second quote.', 'Third quote.', 'Fourth quote.'],
  });
});
