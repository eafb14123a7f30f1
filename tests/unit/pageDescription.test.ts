import { expect, test } from 'vitest';
import { argumentDescription, maxDescriptionLength, sentences } from '../../src/lib/page/pageDescription.ts';

const explanation =
  'The article on deep learning models calls AI safety one of the biggest worries. The forum thread warns that misuse could have dire consequences.';

test('an argument is described in a sentence that gives its stance, topic and essays by their short names', () => {
  expect(
    argumentDescription({
      stance: 'against',
      topicTitle: 'Safety',
      essayNames: ['Deep learning for all?', 'Forum: open-source AI', 'Democratizing Access'],
      explanation,
    }),
  ).toBe(
    'An argument against opening AI models, on Safety, made by “Deep learning for all?”, “Forum: open-source AI” and “Democratizing Access”.',
  );
});

test('whole sentences of the explanation follow while they fit in 160 characters, and a sentence that does not fit is left out whole', () => {
  const description = argumentDescription({
    stance: 'for',
    topicTitle: 'Licensing',
    essayNames: ['Democratizing Access'],
    explanation,
  });
  expect(description).toBe(
    'An argument for opening AI models, on Licensing, made by “Democratizing Access”. The article on deep learning models calls AI safety one of the biggest worries.',
  );
  expect(description.length).toBeLessThanOrEqual(maxDescriptionLength);
});

test('with more essays than fit, it names the first and counts the rest', () => {
  const names = Array.from({ length: 300 }, (_, index) => `Generated essay ${index + 1}`);
  const description = argumentDescription({
    stance: 'middle-ground',
    topicTitle: 'Sustainability',
    essayNames: names,
    explanation: '',
  });
  expect(description).toBe(
    'A middle-ground argument about opening AI models, on Sustainability, made by “Generated essay 1”, “Generated essay 2”, “Generated essay 3” and 297 more essays.',
  );
});

test('one essay more than fits is counted as "1 more essay"', () => {
  const names = ['A name of twenty-four c', 'B name of twenty-four c', 'C name of twenty-four c', 'D name of twenty-four c'];
  const description = argumentDescription({ stance: 'for', topicTitle: 'Transparency', essayNames: names, explanation: '' });
  expect(description).toBe(
    'An argument for opening AI models, on Transparency, made by “A name of twenty-four c”, “B name of twenty-four c”, “C name of twenty-four c” and 1 more essay.',
  );
});

test('no description ends mid-word or in an ellipsis', () => {
  for (const count of [0, 1, 2, 5, 50, 1000]) {
    const names = Array.from({ length: count }, (_, index) => `Essay number ${index}`);
    const description = argumentDescription({ stance: 'for', topicTitle: 'Safety', essayNames: names, explanation });
    expect(description, String(count)).toMatch(/[.?!]”?$/);
    expect(description.length).toBeLessThanOrEqual(maxDescriptionLength);
  }
});

test('sentences are split where a reader would split them', () => {
  expect(sentences('It costs money. Who pays?  Nobody   knows!')).toEqual(['It costs money.', 'Who pays?', 'Nobody knows!']);
});
