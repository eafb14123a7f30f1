import { normalizeForMatch } from './normalizeForMatch.ts';

/**
 * A page's text as a browser's find-in-page sees it: one string per block (heading, paragraph,
 * list item, link in a list), in reading order. A text fragment's start and end terms each match
 * inside one block, so a block list is enough to predict which passage a fragment marks.
 */
export interface PageText {
  /** Every block's text, in reading order; chrome that precedes the content comes first. */
  blocks: readonly string[];
  /** For each section id, the index of the block its content starts at. */
  sectionStarts: Readonly<Record<string, number>>;
}

/** The two terms of a `text=start,end` directive; `end` is absent when `start` is the whole quote. */
export interface TextFragmentTerms {
  start: string;
  end?: string;
}

/**
 * Start terms take at least this many words (or the whole quote): the page's chrome (header,
 * labels) may grow after a link is chosen, and a one-word start like "This" would be the first
 * to collide with it.
 */
const minStartWords = 3;

/** Collapses whitespace the way rendering does, keeping every other character. */
const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
/**
 * Case and quote-mark folding, one character for one, so positions in the folded text are
 * positions in the page text. Treating curly and straight quotes alike can only find more
 * earlier matches than a browser does, never fewer, so the words chosen stay safe either way.
 */
const fold = (text: string) => normalizeForMatch(text).toLowerCase();

/** A page's blocks collapsed and folded once, however many of its quotes are linked. */
interface PreparedPage {
  /** The folded blocks joined by newlines, which no collapsed term contains, so no match spans two blocks. */
  joined: string;
  /** Where each block starts in `joined`. */
  starts: readonly number[];
}

// An essay's page text is one array, loaded once per build and shared by every citation of that
// essay (linkCitations.ts). Folding it per citation made fragments a third of a 1,000-essay build.
const prepared = new WeakMap<readonly string[], PreparedPage>();

function preparedPage(blocks: readonly string[]): PreparedPage {
  let ready = prepared.get(blocks);
  if (!ready) {
    // Only the joined text is kept: a thousand essays' pages in three forms each were 60 MB.
    // fold collapses whitespace itself.
    const folded = blocks.map(fold);
    const starts: number[] = [];
    let offset = 0;
    for (const block of folded) {
      starts.push(offset);
      offset += block.length + 1;
    }
    ready = { joined: folded.join('\n'), starts };
    prepared.set(blocks, ready);
  }
  return ready;
}

/** The block that holds a position of the joined text (the last block starting at or before it). */
function blockAt(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Chooses the fewest first and last words of a quote such that a browser resolving
 * `text=start,end` on the page marks exactly the quote: the first match of `start` on the whole
 * page is where the quote begins (searching from the top, the page's chrome included), and the
 * first match of `end` after it is where the quote ends. Starts take at least three words. Matches are counted as plain
 * case-insensitive substrings, a superset of the whole-word matches browsers count, so a choice
 * that is unique here is unique in the browser. The words are taken from the page, not the
 * quote, so quote marks match what the page shows. Returns undefined when the whole quote
 * already occurs earlier on the page, so that no words can single it out (the link then goes to
 * the section alone; the build test fails if a real citation gets no fragment). Throws when the
 * quote is not in one block at or after `fromBlock`, or starts or ends inside a word.
 */
export function chooseTextFragment(quote: string, blocks: readonly string[], fromBlock: number): TextFragmentTerms | undefined {
  const { joined, starts } = preparedPage(blocks);
  const wanted = fold(quote);
  const found = fromBlock < starts.length ? joined.indexOf(wanted, starts[fromBlock]) : -1;
  if (found < 0)
    throw new Error(
      `chooseTextFragment: the quote "${quote}" is not within one block of the page at or after block ${fromBlock}.`,
    );
  const block = blockAt(starts, found);
  const at = found - starts[block]!;
  const shown = collapse(blocks[block]!);
  const text = shown.slice(at, at + wanted.length);
  const wordChar = /[\p{L}\p{N}]/u;
  if (wordChar.test(shown[at - 1] ?? '') || wordChar.test(shown[at + text.length] ?? '')) {
    throw new Error(`chooseTextFragment: the quote "${quote}" starts or ends inside a word; browsers match whole words only.`);
  }
  const words = text.split(' ');
  // Terms are cut from the page, so their folded form is the same stretch of the folded block.
  const foldedQuote = joined.slice(found, found + text.length);
  // Where the shortest start term also occurs before the quote. A longer start can only occur
  // where a shorter one does, so each longer term just narrows this list.
  let earlier: number[] | undefined;
  for (let count = Math.min(minStartWords, words.length); count <= words.length; count++) {
    const start = words.slice(0, count).join(' ');
    const needle = foldedQuote.slice(0, start.length);
    if (earlier === undefined) {
      earlier = [];
      for (let p = joined.indexOf(needle); p >= 0 && p < found; p = joined.indexOf(needle, p + 1)) earlier.push(p);
    } else {
      earlier = earlier.filter((p) => joined.startsWith(needle, p));
    }
    if (earlier.length > 0) continue;
    if (count === words.length) return { start };
    // The end term is searched from the end of the start match; within the quote, its first
    // match must be the quote's own last words.
    for (let last = 1; last <= words.length - count; last++) {
      const end = words.slice(words.length - last).join(' ');
      const foldedEnd = foldedQuote.slice(text.length - end.length);
      if (foldedQuote.indexOf(foldedEnd, start.length) === text.length - end.length) return { start, end };
    }
  }
  return undefined;
}

/** Encodes text for a URL text fragment, where "-", "&" and "," have a meaning of their own. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The `text=` directive for a fragment's terms, encoded. */
export function textDirective({ start, end }: TextFragmentTerms): string {
  return `text=${encodeFragmentText(start)}${end === undefined ? '' : `,${encodeFragmentText(end)}`}`;
}
