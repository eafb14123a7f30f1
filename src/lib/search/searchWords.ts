// How a reader's query is taken apart when it finds nothing as a whole, and which of its words are
// worth marking on the page a result opens. Pagefind requires every word of a query and marks
// every word it was given; a question in plain language ("who pays for open models") holds words
// that either find nothing or occur everywhere.

/** The URL parameter result links carry the words to mark in; highlightLanding.ts reads it. */
export const highlightParam = 'pagefind-highlight';

/** The label before an argument's keywords in its search record; the search UI cuts excerpts there. */
export const keywordsLabel = 'Keywords:';

/**
 * English words too common to mean anything in a query: articles, pronouns, auxiliaries, question
 * words, and their contractions ("doesn't", "who's"), with a straight or a curly apostrophe.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are as at be because been before being below
  between both but by can could did do does doing done down during each either few for from further
  get gets getting got had has have having he her here hers him his how i if in into is it its itself
  just let lets me more most much my no nor not of off on once only or other our ours out over own
  same she should so some such than that the their theirs them then there these they this those
  through to too under until up very was we were what when where which while who whom whose why will
  with would you your yours
  aren't can't couldn't didn't doesn't don't hadn't hasn't haven't isn't shouldn't wasn't weren't
  won't wouldn't he's here's how's i'd i'll i'm i've it's let's she's that's there's they'd they'll
  they're they've we'd we'll we're we've what's where's who's why's you'd you'll you're you've`
    .split(/\s+/)
    .flatMap((word) => [word, word.replace("'", '’')]),
);

/** The distinct words of a query, lower-cased, in the order typed; punctuation and emoji are dropped. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])];
}

/** How many index records hold each word, out of how many records in all. */
export interface WordCounts {
  records: Record<string, number>;
  total: number;
}

/** A word occurs in more than half of the records, so it tells the reader nothing about where to look. */
export function isCommonWord(word: string, counts: WordCounts): boolean {
  return (counts.records[word] ?? 0) * 2 > counts.total;
}

/**
 * Whether a search for these words found them all. Pagefind leaves out a word its index lacks and
 * returns what the others match ("keep bread from going stale" finds a page for "keep"), so a
 * question with such a word has not been answered as a whole and must be narrowed openly.
 */
export function hasEveryWord(words: readonly string[], counts: WordCounts): boolean {
  return words.every((word) => stopWords.has(word) || (counts.records[word] ?? 0) > 0);
}

/**
 * A word on at least a third of the records: too widespread to be what a reader's question is
 * about ("use", "open", "models"), though it may still narrow a search. A topic's own words
 * ("safety", "licence") sit on fewer.
 */
export function isWidespreadWord(word: string, counts: WordCounts): boolean {
  return (counts.records[word] ?? 0) * 3 >= counts.total;
}

/**
 * Whether a query is off the site's topics: some word that means something is in no essay or
 * argument, and every other such word is widespread (isWidespreadWord). `inEssays` counts the
 * essay passages and arguments that hold each word; a word found only on a topic overview (which
 * may say what its topic leaves out) does not count. A query of widespread words alone ("open
 * models") is on topic: the site is about them.
 */
export function isOffTopic(words: readonly string[], counts: WordCounts, inEssays: Readonly<Record<string, number>>): boolean {
  const meaningful = words.filter((word) => !stopWords.has(word));
  return (
    meaningful.some((word) => !inEssays[word]) && meaningful.every((word) => !inEssays[word] || isWidespreadWord(word, counts))
  );
}

/**
 * How rare a word is in the index: the log of how many records there are per record that holds it
 * (inverse document frequency); a word no record holds is as rare as a word can be.
 */
export function wordRarity(word: string, counts: WordCounts): number {
  return Math.log(counts.total / Math.max(1, counts.records[word] ?? 0));
}

/** A query's words that single records out: in the index, neither stop words nor on most records. */
export function distinctiveWords(words: readonly string[], counts: WordCounts): string[] {
  return words.filter((word) => !stopWords.has(word) && (counts.records[word] ?? 0) > 0 && !isCommonWord(word, counts));
}

/**
 * The narrower queries to try, in order, when the whole query finds nothing: without stop words
 * and words the index lacks; then also without words on most records (distinctiveWords). The
 * original query and repeats are left out. When neither finds a page, the search page looks for
 * any of the distinctive words (anyWordRanking).
 */
export function fallbackQueries(words: readonly string[], counts: WordCounts): string[] {
  const known = words.filter((word) => !stopWords.has(word) && (counts.records[word] ?? 0) > 0);
  const candidates = [known.join(' '), distinctiveWords(words, counts).join(' ')];
  return [...new Set(candidates)].filter((query) => query && query !== words.join(' '));
}

/** The words worth marking on a page a result opens: no stop words, no words on most records. */
export function highlightWords(words: readonly string[], counts: WordCounts): string[] {
  return words.filter((word) => !stopWords.has(word) && !isCommonWord(word, counts));
}

/** Shorter forms of a word the index lacks, longest first, to look for close terms ("licensce" → "licens"). */
export function wordPrefixes(word: string, shortest = 4): string[] {
  const prefixes: string[] = [];
  for (let length = word.length - 1; length >= shortest; length -= 1) prefixes.push(word.slice(0, length));
  return prefixes;
}

/**
 * The forms of the reader's words that Pagefind marked in an excerpt ("licence" for "licencing",
 * "hacking" for "hackers"): marked words that share their first four letters with a word worth
 * marking, so a marked stop word or common word never comes along.
 */
export function matchedForms(excerpt: string, words: readonly string[]): string[] {
  const marked = [...excerpt.matchAll(/<mark>([^<]+)<\/mark>/g)].flatMap(([, text]) => queryWords(text ?? ''));
  const stem = (word: string) => word.slice(0, 4);
  const forms = marked.filter(
    (form) =>
      !stopWords.has(form) &&
      words.some((word) => word === form || (word.length >= 4 && form.length >= 4 && stem(word) === stem(form))),
  );
  return [...new Set([...words, ...forms])];
}
