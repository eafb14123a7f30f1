import { expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';

test('folds curly and straight quotes to one mark and collapses whitespace', () => {
  expect(normalizeForMatch('  It’s “open”\n  source\u00a0AI ')).toBe("It's 'open' source AI");
});

test('composes accents the same way whether the text came decomposed or not, and leaves ASCII as it is', () => {
  expect(normalizeForMatch('Café ‘open’')).toBe("Café 'open'");
  expect(normalizeForMatch('Café "open"')).toBe("Café 'open'");
  expect(normalizeForMatch('plain `words`  here')).toBe("plain 'words' here");
});
