import { expect, test } from 'vitest';
import { linkCitations, type EssayToLink } from '../../src/lib/debate/linkCitations.ts';

const essay = (id: string, paragraphs: string[]): EssayToLink => ({
  id,
  data: { title: `Essay ${id}`, kind: 'article' },
  minutes: 1,
  sourceNote: { origin: ['An article.'], cleanup: [] },
  sections: [
    { id: 'intro', depth: 2, title: 'Intro', paragraphs: ['Open models help science.'] },
    { id: 'risks', depth: 2, title: 'The risks', paragraphs },
  ],
});

const essays = [
  essay('a', ['Open models can be misused by bad actors.']),
  essay('b', ['Some say open models help science, and open models can be misused too.']),
];
const topicTitles = new Map([['safety', 'Safety']]);
const args = [
  {
    id: 'misuse',
    claim: 'Open models can be misused.',
    topic: 'safety',
    stance: 'against',
    citations: [
      { essay: 'a', section: 'risks', quote: 'Open models can be misused by bad actors.' },
      { essay: 'b', section: 'risks', quote: 'open models can be misused too.' },
    ],
  },
];
const [linked] = linkCitations(args, essays, topicTitles);

test('gives each citation its section heading and a link to the exact words on its own essay page', () => {
  expect(linked!.citations.map(({ sectionTitle }) => sectionTitle)).toEqual(['The risks', 'The risks']);
  // Its start runs to "by": the claim "Open models can be misused." is on the page above the quote.
  expect(linked!.citations[0]!.href).toBe('/essays/a/#risks:~:text=Open%20models%20can%20be%20misused%20by,actors.');
});

test('chooses start words that occur nowhere earlier on that page, the argument’s claim included', () => {
  // "open models can be misused" occurs above the quote (the claim, in "What this essay argues"),
  // so only the whole quote singles it out.
  expect(linked!.citations[1]!.href).toBe('/essays/b/#risks:~:text=open%20models%20can%20be%20misused%20too.');
});

test('keeps the rest of each argument and citation as it was', () => {
  expect(linked).toMatchObject({ id: 'misuse', stance: 'against', topic: 'safety' });
  expect(linked!.citations[1]).toMatchObject({ essay: 'b', section: 'risks', quote: 'open models can be misused too.' });
});
