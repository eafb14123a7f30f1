import { expect, test } from 'vitest';
import { countRepairs, markSource } from '../../../src/lib/source/markSource.ts';
import { LOST_EMOJI, mojibakeSignature, repairMojibake } from '../../../src/lib/text/repairMojibake.ts';

test('reverses UTF-8 read as Windows-1252: quotes, accents, symbols and the undefined 0x9D byte', () => {
  const { text, repairs } = repairMojibake('Itâ€™s â€œfineâ€\u009d at the cafÃ© â€” Â© 2025');
  expect(text).toBe('It’s “fine” at the café — © 2025');
  expect(repairs['UTF-8 read as Windows-1252']).toBe(6);
});

test('reverses UTF-8 read as Windows-1253 where the bytes survive, but leaves Greek text alone', () => {
  expect(repairMojibake('Itβ€™s fine').text).toBe('It’s fine');
  expect(repairMojibake('Καλημέρα, βήτα και πάνω').text).toBe('Καλημέρα, βήτα και πάνω');
  expect(repairMojibake('Καλημέρα, βήτα και πάνω').repairs['Greek β for a quote or apostrophe']).toBe(0);
});

test('turns the scrape’s lone β into the curly quote its position implies', () => {
  const { text, repairs } = repairMojibake('my βteamβ uses OpenAIβs API, see #[1]β.');
  expect(text).toBe('my “team” uses OpenAI’s API, see #[1]’.');
  expect(repairs['Greek β for a quote or apostrophe']).toBe(4);
});

test('replaces emoji whose bytes are gone with one marker each, and counts them', () => {
  const { text, repairs } = repairMojibake('poor dave π€π\nGo nostr!!ππ\nsmile ðŸ˜ done', { lostEmoji: LOST_EMOJI });
  expect(text).toBe(`poor dave ${LOST_EMOJI}\nGo nostr!!${LOST_EMOJI}${LOST_EMOJI}\nsmile ${LOST_EMOJI} done`);
  expect(repairs['emoji lost in the scrape']).toBe(4);
  expect(repairMojibake('poor dave π€π').text).toBe('poor dave ');
});

test('reads a lone â€ as the closing quote whose last byte Windows-1252 lacks', () => {
  const { text, repairs } = repairMojibake('â€œquotedâ€ text');
  expect(text).toBe('“quoted” text');
  expect(repairs['Windows-1252 â€ for a closing quote']).toBe(1);
});

test('leaves clean text exactly as it was', () => {
  const clean = 'Plain “text” — with café, 😂 and π ≈ 3.14.';
  const { text, repairs } = repairMojibake(clean);
  expect(text).toBe(clean);
  expect(Object.values(repairs).every((count) => count === 0)).toBe(true);
});

test('leaves Greek text, and a single β in a formula, exactly as they were', () => {
  for (const text of [
    'Στη μελέτη μας ο συντελεστής β της παλινδρόμησης ήταν θετικός.',
    'In every run the β coefficient was positive: y = α + β x, β2 = 0.4.',
  ]) {
    const { text: repaired, repairs } = repairMojibake(text);
    expect(repaired).toBe(text);
    expect(Object.values(repairs).every((count) => count === 0)).toBe(true);
  }
});

test('reads the β-for-quote signature from the whole text, so a line of it is repaired as the text is', () => {
  const text = 'my βteamβ said so\nthe β coefficient\nhe said βyesβ';
  expect(mojibakeSignature(text)).toEqual({ greekQuotes: true });
  expect(repairMojibake(text).text).toBe('my “team” said so\nthe β coefficient\nhe said “yes”');
  expect(mojibakeSignature('the β coefficient, β2 and α + β')).toEqual({ greekQuotes: false });
});

test('the source view marks no repair on a β that the text’s signature leaves alone', () => {
  const lines = markSource('In every run the β coefficient was positive.\nThe fitted line was y = α + β x.\n', []);
  expect(countRepairs(lines)).toEqual({ repaired: 0, dropped: 0 });
  expect(lines[0]!.runs.map((run) => run.text).join('')).toBe('In every run the β coefficient was positive.');
  const garbled = markSource('my βteamβ said so\nthe β coefficient\n', []);
  expect(garbled[0]!.runs).toContainEqual({ text: 'β', repairedTo: '“' });
  expect(garbled[1]!.runs.every((run) => run.repairedTo === undefined)).toBe(true);
});
