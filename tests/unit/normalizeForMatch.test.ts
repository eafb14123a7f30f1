import { expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/normalizeForMatch.ts';

test('folds curly and straight quotes to one mark and collapses whitespace', () => {
  expect(normalizeForMatch('  It’s “open”\n  source\u00a0AI ')).toBe("It's 'open' source AI");
});
