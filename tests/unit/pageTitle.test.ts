import { expect, test } from 'vitest';
import { maxTitleLength, pageTitle } from '../../src/lib/page/pageTitle.ts';

const claim =
  'Making models freely available makes it easier to use them for harm, such as hacking or spreading false information.';

test('a short title reads "Subject — Context · Open Models Debate" in full', () => {
  expect(pageTitle('Openness builds trust', 'Transparency')).toBe('Openness builds trust — Transparency · Open Models Debate');
  expect(pageTitle('Safety')).toBe('Safety · Open Models Debate');
});

test('a long claim is shortened at a word boundary so that the whole title fits in 70 characters', () => {
  const title = pageTitle(claim, 'Safety');
  expect(title).toBe('Making models freely available makes… — Safety · Open Models Debate');
  expect(title.length).toBeLessThanOrEqual(maxTitleLength);
});

test('the home page is titled by the site name alone', () => {
  expect(pageTitle('Open Models Debate')).toBe('Open Models Debate');
});

test('a context too long to leave room for the subject is dropped, never the site name', () => {
  const title = pageTitle(claim, 'A topic whose title is far too long to sit beside a claim');
  expect(title).toBe('Making models freely available makes it easier… · Open Models Debate');
  expect(title.length).toBeLessThanOrEqual(maxTitleLength);
});

test('a paginated argument keeps its page number in the context', () => {
  expect(pageTitle(claim, 'Safety (page 2 of 3)')).toBe('Making models freely… — Safety (page 2 of 3) · Open Models Debate');
});

test('a title that would be cut gives way to the short name, whole', () => {
  const title = 'Should Deep Learning Models Be Open to the Public?';
  expect(pageTitle(title, undefined, 'Deep Learning for All?')).toBe('Deep Learning for All? · Open Models Debate');
  expect(pageTitle('How Open-Source AI Models Democratize Access', undefined, 'Democratizing Access')).toBe(
    'How Open-Source AI Models Democratize Access · Open Models Debate',
  );
});
