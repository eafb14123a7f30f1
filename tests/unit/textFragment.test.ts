import { expect, test } from 'vitest';
import { chooseTextFragment, encodeFragmentText, textDirective } from '../../src/lib/text/textFragment.ts';

const bullets = [
  'Open source AI models can be more difficult to secure. Anyone can see how they work.',
  'Open source AI models can be more difficult to maintain. No one is responsible.',
  'Open source AI models can be more difficult to commercialize. Others use them for free.',
];

test('takes start words until their first match on the page is the quote, not an earlier bullet that begins alike', () => {
  expect(
    chooseTextFragment('Open source AI models can be more difficult to commercialize. Others use them for free.', bullets, 0),
  ).toEqual({
    start: 'Open source AI models can be more difficult to commercialize.',
    end: 'free.',
  });
});

test('takes end words until their first match after the start is the end of the quote', () => {
  expect(chooseTextFragment('we need to share it and to share it', ['so we need to share it and to share it now'], 0)).toEqual({
    start: 'we need to',
    end: 'to share it',
  });
});

test('counts chrome placed before the content as earlier matches', () => {
  expect(
    chooseTextFragment(
      'Open models help everyone build faster',
      ['Cited in: Open models help everyone', 'Open models help everyone build faster'],
      1,
    ),
  ).toEqual({
    start: 'Open models help everyone build',
    end: 'faster',
  });
});

test('matches case-insensitively, as browsers do', () => {
  expect(
    chooseTextFragment('Open models are risky for all', ['OPEN MODELS ARE good', 'Open models are risky for all'], 1)?.start,
  ).toBe('Open models are risky');
});

test('uses the whole quote as the start when it is three words or fewer', () => {
  expect(chooseTextFragment('fast and free', ['they are fast and free'], 0)).toEqual({ start: 'fast and free' });
});

test('takes the words as the page writes them, curly quotes included', () => {
  expect(chooseTextFragment("it's each other's work today", ['it’s each other’s work today'], 0)).toEqual({
    start: 'it’s each other’s',
    end: 'today',
  });
});

test('gives no fragment when the whole quote already occurs earlier on the page', () => {
  expect(chooseTextFragment('models can be misused', ['models can be misused', 'models can be misused'], 1)).toBeUndefined();
});

test('says so when the quote is not on the page or starts inside a word', () => {
  expect(() => chooseTextFragment('not here at all', ['something else'], 0)).toThrow(/is not within one block/);
  expect(() => chooseTextFragment('pen models are', ['open models are good'], 0)).toThrow(/inside a word/);
});

test('escapes the characters that mean something inside a text fragment', () => {
  expect(encodeFragmentText('open-source, fast & free')).toBe('open%2Dsource%2C%20fast%20%26%20free');
  expect(textDirective({ start: 'a-b', end: 'c,d' })).toBe('text=a%2Db,c%2Cd');
  expect(textDirective({ start: 'whole quote' })).toBe('text=whole%20quote');
});
