import iconv from 'iconv-lite';
import { isAscii } from './ascii.ts';

/** Stands for one emoji the scrape garbled beyond repair; the importer writes <LostEmoji /> there. */
export const LOST_EMOJI = '\uE000';

/** How many repairs each mojibake family needed. */
export type RepairCounts = Record<MojibakeFamily, number>;

/** The mojibake families the importer knows, by the wrong decoding that made them. */
export type MojibakeFamily =
  | 'UTF-8 read as Windows-1252'
  | 'UTF-8 read as Windows-1253'
  | 'Greek β for a quote or apostrophe'
  | 'Windows-1252 â€ for a closing quote'
  | 'emoji lost in the scrape';

/** Options for repairMojibake. */
export interface RepairOptions {
  /** What a lost emoji becomes: nothing by default, LOST_EMOJI for the importer. */
  lostEmoji?: string;
  /** The lossy repairs the whole text's signature allows (mojibakeSignature); by default, the input's own. */
  signature?: MojibakeSignature;
}

/** Which lossy repairs a text's mojibake signature allows; the lossless ones check each sequence themselves. */
export interface MojibakeSignature {
  /** Several β stand where quotes belong (Itβs, βteamβ) and the text is not Greek. */
  greekQuotes: boolean;
}

const greekLetter = /[\u0370-\u03FF\u1F00-\u1FFF]/u;
const latinLetter = /\p{Script=Latin}/u;

/**
 * A β the scrape left for a curly quote touches a word: a Latin letter after it (βteam, Itβs) or a
 * Latin letter, digit or closing bracket before it (teamβ, [1]β). A β between spaces or before a
 * digit (the β coefficient, β2) is the Greek letter.
 */
function quoteLikeBeta(before: string, after: string): boolean {
  if (greekLetter.test(before) || greekLetter.test(after)) return false;
  return latinLetter.test(after) || latinLetter.test(before) || /[\d\])]/.test(before);
}

/**
 * The signature of the scrape's lossy β-for-quote mojibake: at least two β in quote positions, or
 * one inside a Latin word (Itβs: an apostrophe no formula writes), and fewer Greek letters besides β
 * and π than such β, so a page in Greek or a formula is left alone.
 */
export function mojibakeSignature(text: string): MojibakeSignature {
  if (!text.includes('β')) return { greekQuotes: false };
  let quoteLike = 0;
  let inWord = 0;
  let greek = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === 'β') {
      const before = text[i - 1] ?? ' ';
      const after = text[i + 1] ?? ' ';
      if (quoteLikeBeta(before, after)) quoteLike += 1;
      if (latinLetter.test(before) && latinLetter.test(after)) inWord += 1;
    } else if (char !== 'π' && greekLetter.test(char)) greek += 1;
  }
  return { greekQuotes: (quoteLike >= 2 || inWord >= 1) && greek < quoteLike };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The characters a code page shows for each byte, and back; bytes it leaves undefined are absent. */
function byteTable(encoding: string): Map<string, number> {
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = iconv.decode(Buffer.from([byte]), encoding);
    if (char !== '\uFFFD') table.set(char, byte);
  }
  // Browsers and most scrapers read Windows-1252's five undefined bytes as C1 controls.
  if (encoding === 'windows-1252') for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) table.set(String.fromCharCode(byte), byte);
  return table;
}

const escapeClass = (chars: string[]) => chars.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('');

/**
 * A pattern for what UTF-8 multi-byte characters look like when read in `encoding`: a lead byte
 * followed by exactly as many continuation bytes as it announces.
 */
function misreadPattern(table: Map<string, number>): RegExp {
  const chars = (from: number, to: number) => [...table].filter(([, b]) => b >= from && b <= to).map(([c]) => c);
  const cont = `[${escapeClass(chars(0x80, 0xbf))}]`;
  const two = `[${escapeClass(chars(0xc2, 0xdf))}]${cont}`;
  const three = `[${escapeClass(chars(0xe0, 0xef))}]${cont}{2}`;
  const four = `[${escapeClass(chars(0xf0, 0xf4))}]${cont}{3}`;
  return new RegExp(`${four}|${three}|${two}`, 'gu');
}

const families = [
  { family: 'UTF-8 read as Windows-1252', table: byteTable('windows-1252'), guard: /(?!)/ },
  // Greek text has Greek neighbours; a misread sequence inside English text does not.
  { family: 'UTF-8 read as Windows-1253', table: byteTable('windows-1253'), guard: /[\u0370-\u03FF]/u },
] as const;
const patterns = families.map(({ table }) => misreadPattern(table));

/**
 * Reverses a wrong decoding where it is lossless: the characters go back to the bytes they were
 * read from (iconv-lite's code page tables) and are read again as UTF-8; a sequence that is not
 * valid UTF-8 is left alone.
 */
function reverseMisreading(text: string, index: 0 | 1, counts: RepairCounts): string {
  const { family, table, guard } = families[index];
  return text.replace(patterns[index]!, (match, offset: number, whole: string) => {
    if (guard.test(whole[offset - 1] ?? '') || guard.test(whole[offset + match.length] ?? '')) return match;
    try {
      const repaired = utf8.decode(Uint8Array.from([...match].map((char) => table.get(char)!)));
      counts[family] += 1;
      return repaired;
    } catch {
      return match;
    }
  });
}

const latin = /[\p{Script=Latin}\d]/u;

/**
 * The forum thread's scrape kept only the first character of each curly quote read as
 * Windows-1253 ("β" for ’ “ ”), so the bytes cannot be recovered: the position decides. Before a
 * word it opens a quote; after one it closes the open quote, or else is an apostrophe.
 */
function repairGreekQuotes(text: string, counts: RepairCounts): string {
  let open = false;
  return text.replace(/\n|β/g, (match, offset: number, whole: string) => {
    if (match === '\n') {
      open = false;
      return match;
    }
    const before = whole[offset - 1] ?? ' ';
    const after = whole[offset + 1] ?? ' ';
    if (!quoteLikeBeta(before, after)) return match;
    counts['Greek β for a quote or apostrophe'] += 1;
    if (/[\s([]/.test(before) && latin.test(after)) {
      open = true;
      return '\u201C';
    }
    if (latin.test(after)) return '\u2019';
    if (open) {
      open = false;
      return '\u201D';
    }
    return '\u2019';
  });
}

/** Every repair, counted zero times. */
export function noRepairs(): RepairCounts {
  return {
    'UTF-8 read as Windows-1252': 0,
    'UTF-8 read as Windows-1253': 0,
    'Greek β for a quote or apostrophe': 0,
    'Windows-1252 â€ for a closing quote': 0,
    'emoji lost in the scrape': 0,
  };
}

/**
 * Repairs the mojibake families scraped texts arrive with, and counts each repair: UTF-8 read as
 * Windows-1252 (â€™, Ã©, Â©) or Windows-1253 (β€™) where the bytes survive, and the lossy
 * leftovers by rule: a lone β for a curly quote (only where the text's signature shows that
 * mojibake: mojibakeSignature), â€ for ”, and emoji whose bytes are gone (π€π, ππ, ðŸ) become
 * `lostEmoji`, one per emoji.
 */
export function repairMojibake(
  input: string,
  { lostEmoji = '', signature = mojibakeSignature(input) }: RepairOptions = {},
): { text: string; repairs: RepairCounts } {
  const repairs = noRepairs();
  // Every family of mojibake is made of characters outside ASCII; most source lines have none.
  if (isAscii(input)) return { text: input, repairs };
  let text = reverseMisreading(input, 0, repairs);
  text = reverseMisreading(text, 1, repairs);
  const lose = (count: number) => {
    repairs['emoji lost in the scrape'] += count;
    return lostEmoji.repeat(count);
  };
  // An emoji's four bytes start with F0 (π in Windows-1253, ð in Windows-1252); the rest were dropped.
  text = text
    .replace(/π€π/g, () => lose(1))
    .replace(/(?<![\u0370-\u03FF])π{2,}(?![\u0370-\u03FF])/gu, (run) => lose(run.length))
    .replace(/ðŸ[^\s\p{L}\d]{0,2}/gu, () => lose(1))
    .replace(/â€(?![\u0080-\u00BF\u0152-\u2122])/g, () => {
      repairs['Windows-1252 â€ for a closing quote'] += 1;
      return '\u201D';
    });
  return { text: signature.greekQuotes ? repairGreekQuotes(text, repairs) : text, repairs };
}
