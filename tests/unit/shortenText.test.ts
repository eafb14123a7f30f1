import { expect, test } from 'vitest';
import { shortenText } from '../../src/lib/text/shortenText.ts';

test('leaves text that fits as it is, with its spacing tidied', () => {
  expect(shortenText('  Open  models help.  ', 160)).toBe('Open models help.');
});

test('cuts long text at a word boundary and ends it with an ellipsis, within the limit', () => {
  const text = 'Open models let anyone inspect the weights, which helps researchers find flaws early.';
  const short = shortenText(text, 40);
  expect(short.length).toBeLessThanOrEqual(40);
  expect(short).toBe('Open models let anyone inspect the…');
  expect(text.startsWith(short.slice(0, -1))).toBe(true);
});
