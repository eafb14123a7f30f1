import { expect, test } from 'vitest';
import { citationHref } from '../../src/lib/page/citationHref.ts';
import { essayPageText } from '../../src/lib/essay/essayPageText.ts';

const page = essayPageText(
  [
    { id: 'intro', depth: 2, title: 'Intro', paragraphs: ['You can use AI models for good things, like science.'] },
    {
      id: 'safety',
      depth: 2,
      title: 'Safety',
      paragraphs: ['You can use AI models for bad things, like hacking into computers.'],
    },
  ],
  ['Open Models Debate'],
);

test('links to the section anchor with start and end words that single out the quote on the page', () => {
  expect(citationHref('essay-a', 'safety', 'You can use AI models for bad things, like hacking into computers.', page, '/')).toBe(
    '/essays/essay-a/#safety:~:text=You%20can%20use%20AI%20models%20for%20bad,computers.',
  );
});

test('builds the link under the base path', () => {
  expect(citationHref('essay-a', 'intro', 'good things, like science.', page, '/base/')).toBe(
    '/base/essays/essay-a/#intro:~:text=good%20things%2C%20like,science.',
  );
});

test('names the essay and section when the section is not on the page', () => {
  expect(() => citationHref('essay-a', 'missing', 'anything at all here', page, '/')).toThrow(
    /essay "essay-a" has no section "missing"/,
  );
});

test('links to the section alone when the quote also occurs earlier on the page', () => {
  const repeated = essayPageText(
    [
      { id: 'a', depth: 2, title: 'A', paragraphs: ['Open models can be misused.'] },
      { id: 'b', depth: 2, title: 'B', paragraphs: ['Open models can be misused.'] },
    ],
    [],
  );
  expect(citationHref('e', 'b', 'Open models can be misused.', repeated, '/')).toBe('/essays/e/#b');
});
