// British and American spellings of one word ("licence", "license") are different words to
// Pagefind; the essays use both and readers type either. The build keeps the pairs, from a
// maintained list, whose spellings occur in the site's text (spellingPairsIn), and a search for
// either spelling is run for both (searchBothSpellings).

/** One word's British and American spelling. */
export type SpellingPair = readonly [british: string, american: string];

/**
 * Adds the words of one text, lowercased, to `words`. A match at a time, never an array of them:
 * the four argument files of ten thousand essays are 19 MB each, and their words as arrays held
 * hundreds of megabytes at once (`npm run bench`, docs/performance.md).
 */
export function addWordsOf(text: string, words: Set<string>): Set<string> {
  const word = /\p{L}+/gu;
  for (let match = word.exec(text); match; match = word.exec(text)) words.add(match[0].toLowerCase());
  return words;
}

/**
 * The pairs, from `britishToAmerican` (British spelling to American), of which either spelling is
 * among `words` (the site's words, as wordsOf gives them): what a reader's query needs folded, and no more.
 */
export function spellingPairsIn(words: Iterable<string>, britishToAmerican: Readonly<Record<string, string>>): SpellingPair[] {
  const americanToBritish = new Map(Object.entries(britishToAmerican).map(([british, american]) => [american, british]));
  const pairs = new Map<string, SpellingPair>();
  for (const word of new Set(words)) {
    const american = britishToAmerican[word];
    const british = americanToBritish.get(word);
    if (american) pairs.set(word, [word, american]);
    else if (british) pairs.set(british, [british, word]);
  }
  return [...pairs.values()].sort(([a], [b]) => a.localeCompare(b, 'en'));
}

/** A query in each spelling, and with both spellings of each folded word: undefined when no word has another spelling. */
export interface SpellingForms {
  british: string;
  american: string;
  both: string;
}

/** The query's forms under `pairs` (see SpellingForms). */
export function spellingForms(term: string, pairs: readonly SpellingPair[]): SpellingForms | undefined {
  const bySpelling = new Map<string, SpellingPair>();
  for (const pair of pairs) for (const spelling of pair) bySpelling.set(spelling, pair);
  let found = false;
  const replace = (pick: (pair: SpellingPair) => string) =>
    term.replace(/\p{L}+/gu, (word) => {
      const pair = bySpelling.get(word.toLowerCase());
      if (!pair) return word;
      found = true;
      return pick(pair);
    });
  const british = replace(([british]) => british);
  const american = replace(([, american]) => american);
  const both = replace(([british, american]) => `${british} ${american}`);
  return found ? { british, american, both } : undefined;
}

/** One search's outcome as Pagefind gives it: ranked results and per-filter counts. */
export interface FoldableSearch<R extends { id: string; score: number }> {
  results: R[];
  filters: Record<string, Record<string, number>>;
}

/**
 * Runs a search for a word in both spellings and joins them: the records either finds, best score
 * first, and filter counts of records with either spelling (those with the one, plus those with the
 * other, less those with both, which Pagefind finds by searching for both words). A word without
 * another spelling, a blank query, and a query of several words are searched as they are: a
 * question is searched as typed first, then narrowed to its words one by one (searchEngine.ts),
 * and those single words are folded. Folding a whole question let one passage holding every
 * word in the other spelling crowd out the argument that answers it.
 */
export async function searchBothSpellings<R extends { id: string; score: number }, O>(
  search: (term: string | null, options?: O) => Promise<FoldableSearch<R> | null>,
  term: string | null,
  options: O | undefined,
  pairs: readonly SpellingPair[],
): Promise<FoldableSearch<R> | null> {
  const forms = term && !/\s/.test(term.trim()) ? spellingForms(term, pairs) : undefined;
  if (!forms) return search(term, options);
  const [british, american] = await Promise.all([search(forms.british, options), search(forms.american, options)]);
  if (!british?.results.length) return american ?? british;
  if (!american?.results.length) return british;
  // Both spellings are in the index, so a search for both finds exactly the records holding both.
  const both = await search(forms.both, options);
  const best = new Map<string, R>();
  for (const result of [...british.results, ...american.results]) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  const filters: Record<string, Record<string, number>> = {};
  for (const group of new Set([...Object.keys(british.filters), ...Object.keys(american.filters)])) {
    const values = new Set([...Object.keys(british.filters[group] ?? {}), ...Object.keys(american.filters[group] ?? {})]);
    filters[group] = Object.fromEntries(
      [...values].map((value) => [
        value,
        (british.filters[group]?.[value] ?? 0) + (american.filters[group]?.[value] ?? 0) - (both?.filters[group]?.[value] ?? 0),
      ]),
    );
  }
  return { results: [...best.values()].sort((a, b) => b.score - a.score), filters };
}
