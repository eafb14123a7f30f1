import { expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/normalizeForMatch.ts';
import { repairMojibake } from '../../src/lib/repairMojibake.ts';

test('folds curly and straight quotes to one mark and collapses whitespace', () => {
  expect(normalizeForMatch('  It’s “open”\n  source\u00a0AI ')).toBe("It's 'open' source AI");
});

test('repairMojibake turns the scrape’s β into curly quotes by position', () => {
  expect(repairMojibake('my βteamβ uses OpenAIβs API')).toBe('my \u201Cteam\u2019 uses OpenAI\u2019s API');
});

test('repairMojibake removes the garbled emoji, which cannot be recovered', () => {
  expect(repairMojibake('poor dave π€π')).toBe('poor dave ');
  expect(repairMojibake('Go nostr!!ππ')).toBe('Go nostr!!');
});
