import { expect, test } from 'vitest';
import { convertText } from '../../../scripts/import/convertText.ts';
import { loadRules } from '../../../src/lib/source/debrisRules.ts';
import { blocksToMdx, escapeMdx } from '../../../scripts/import/writeMdx.ts';

const rules = await loadRules();
const mdx = (text: string, kind?: 'article' | 'forum-thread') => blocksToMdx(convertText(text, rules, kind).blocks);

test('short lines without final punctuation become ## headings, and text before them an Introduction', () => {
  const text = 'A Title Line\n\nAn opening paragraph that ends like a sentence.\n\nWhat Comes Next\n\nThe next paragraph.';
  expect(mdx(text)).toBe(
    '## Introduction\n\nAn opening paragraph that ends like a sentence.\n\n## What Comes Next\n\nThe next paragraph.',
  );
  expect(convertText(text, rules).title).toBe('A Title Line');
});

test('questions under an FAQ heading become ### headings; elsewhere they stay paragraphs', () => {
  const text = 'Title\n\nIs this a question?\nYes, but not a heading.\nFrequently Asked Questions\nIs this one?\nYes, it is.';
  expect(mdx(text)).toBe(
    '## Introduction\n\nIs this a question?\n\nYes, but not a heading.\n\n## Frequently Asked Questions\n\n### Is this one?\n\nYes, it is.',
  );
});

test('**bold:** lead lines become ###, bullets a list, a row of asterisks a thematic break', () => {
  const text = 'Title\n**For:**\n* one point.\n• another point.\n*****\nAfter the break.';
  expect(mdx(text)).toBe('### For:\n\n- one point.\n- another point.\n\n---\n\nAfter the break.');
});

test('a line repeating a heading is image alt text and is removed', () => {
  const conversion = convertText('Title\n\nOn Openness\n\nText here.\n\nOn Openness\nfrom Unsplash\n\nMore text.', rules);
  expect(conversion.removed.map(({ n, text, rule }) => [n, text, rule])).toEqual([
    [7, 'On Openness', 'repeated heading (image alt text or caption)'],
    [8, 'from Unsplash', 'image credit'],
  ]);
});

test('with no title line, the title is a flagged placeholder from the first words', () => {
  const conversion = convertText(
    'Open models are spreading quickly through research labs and small companies alike.\n\nMore.',
    rules,
  );
  expect(conversion.title).toBe('Open models are spreading quickly through research labs…');
  expect(conversion.editorialTitle).toBe(true);
  expect(conversion.flags.map((flag) => flag.name)).toContain('no title');
});

test('a forum thread gets one section per post, with bylines, and a cut-off reply is marked', () => {
  const text =
    'Should we? Asking.\nLogin to reply\nReplies (2)\nyes πͺ\nIt depends on who trains the model and how the weights are shared with everyone who';
  const conversion = convertText(text.replace('πͺ', 'ππ'), rules);
  expect(conversion.kind).toBe('forum-thread');
  expect(blocksToMdx(conversion.blocks)).toBe(
    [
      '## Original post',
      '<Byline />',
      'Should we? Asking.',
      '## Reply 1',
      '<Byline />',
      'yes <LostEmoji count={2} />',
      '## Reply 2',
      '<Byline />',
      'It depends on who trains the model and how the weights are shared with everyone who',
      '<Truncated />',
    ].join('\n\n'),
  );
  expect(conversion.flags.find((flag) => flag.name === 'reply breaks')?.detail).toMatch(
    /^2 replies found where the source says 2/,
  );
});

test('escapes what MDX would read as syntax', () => {
  expect(escapeMdx('a {b} <c> # d')).toBe('a \\{b\\} \\<c> # d');
  expect(escapeMdx('# not a heading')).toBe('\\# not a heading');
  expect(escapeMdx('1. not a list')).toBe('1\\. not a list');
  expect(escapeMdx('marked *')).toBe('marked \\*');
});
