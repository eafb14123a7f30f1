import { expect, test } from 'vitest';
import { isAscii } from '../../src/lib/text/ascii.ts';

test('plain ASCII, control characters included, is ASCII; any character past 0x7F is not', () => {
  expect(isAscii('')).toBe(true);
  expect(isAscii('It\'s "fine"\tand\nplain ~ 100%')).toBe(true);
  expect(isAscii('café')).toBe(false);
  expect(isAscii('It’s')).toBe(false);
  expect(isAscii('\u0080')).toBe(false);
  expect(isAscii('Itβs')).toBe(false);
});
