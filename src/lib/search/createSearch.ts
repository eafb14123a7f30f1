// The search this site runs, as decisions over two engines it is handed: Pagefind's (words) and
// the meaning ranking (word vectors). The browser wires the real ones (src/client/search/searchEngine.ts);
// unit tests wire small fakes, so every decision below is tested without a build or a browser.
import { argumentFilter, type PagefindFilters } from './searchFilters.ts';
import { anyWordRanking, fuseRankings } from './searchFusion.ts';
import {
  distinctiveWords,
  fallbackQueries,
  hasEveryWord,
  highlightWords,
  isOffTopic,
  queryWords,
  stopWords,
  wordPrefixes,
  wordRarity,
  type WordCounts,
} from './searchWords.ts';
import { meaningWords, settledWords } from './searchVectors.ts';

/** One result's data as Pagefind returns it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** One ranked result; its data loads on demand. */
export interface Result {
  id: string;
  /** Pagefind's score for the record under the search that found it. */
  score: number;
  data(): Promise<ResultData>;
}

/** What one Pagefind search returns. */
export interface PagefindSearch {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's JavaScript API the search uses. */
export interface WordEngine {
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** An argument's id and how close its meaning is to the question's (cosine, -1 to 1). */
export interface MeaningMatch {
  id: string;
  score: number;
}

/** Search by meaning: the word vectors a question needs, and the arguments ranked by them. */
export interface MeaningEngine {
  /** Starts fetching (or waits for) the vectors of these words. */
  fetchWords(words: readonly string[]): Promise<void>;
  /** Every argument ranked by closeness to the question, closest first; empty when no word is known. */
  rank(text: string): Promise<MeaningMatch[]>;
  /** The share of the question's meaningful words the vectors know, each counted by `rarity`. */
  coverage(text: string, rarity: (word: string) => number): Promise<number>;
}

/** What one search found, and what the reader should be told about how. */
export interface SearchOutcome {
  /** The query as typed. */
  query: string;
  /** The narrower query the results are for, when the whole query found nothing. */
  narrowed?: string;
  /** The narrower query's words were searched one by one, and a result has any of them (anyWordRanking). */
  anyWord?: boolean;
  results: Result[];
  /** Per filter group, how many results each value has under the search. */
  filters: Record<string, Record<string, number>>;
  /** Words to mark on the page a result opens. */
  highlight: string[];
  /** Results placed by meaning alone: no page they stand for has the reader's words. */
  byMeaning: ReadonlySet<string>;
  /** The reader's words that mean something are all missing from the site or on most of it: no page covers the topic. */
  offTopic: boolean;
  /** The arguments closest in meaning that joined the results, before any filter: none for a keyword search. */
  closestIds: readonly string[];
}

/** How a search runs: see runSearch. */
export interface SearchOptions {
  /** A blank query lists every record the filters allow. */
  browse?: boolean;
  /** Whether the caller will still show this search's outcome (the reader may have typed on). */
  stillWanted?: () => boolean;
}

/**
 * Arguments closest in meaning that a question's results are fused with: enough that one the
 * reader's words also found rises to the top. On the 60 dev questions, with the any-word search,
 * three found 36 and twelve 39; with meaning weighing twice, eight found as many as twelve (41).
 */
export const meaningCandidates = 8;
/** Arguments closest in meaning offered for a question no essay discusses: a few to browse, not a ranking. */
export const offTopicOffers = 3;
/** How much a place in the meaning ranking counts against one in Pagefind's, for a question (tried on the dev questions only). */
export const questionMeaningWeight = 2;

/** The kinds of record that make the site's case: what "No essay discusses…" is about. */
const essayKinds: PagefindFilters = { kind: { any: ['Essay passage', 'Argument'] } };

/**
 * Whether a query reads as a question rather than a keyword or two: more than two words that mean
 * something, or any stop word ("is it free to use"). A question fetches its word vectors as it is typed.
 */
export function isQuestion(words: readonly string[]): boolean {
  const meaningful = words.filter((word) => !stopWords.has(word));
  return meaningful.length > 2 || meaningful.length < words.length;
}

/**
 * The site's search over the engines it is given. Counts that depend on a word alone are kept for
 * the life of the search (each filter box's count searches the same words again). `recordTotal`
 * is how many records the index holds, when its entry file said so.
 */
export function createSearch({
  pagefind,
  meaning,
  recordTotal = () => undefined,
  meaningText = (term) => term,
}: {
  pagefind: WordEngine;
  meaning: MeaningEngine;
  recordTotal?: () => number | undefined;
  /** The words meaning reads a query in: the browser gives the American spelling, which the word vectors know better ("customize"). */
  meaningText?: (term: string) => string;
}) {
  const recordCounts = new Map<string, Promise<number>>();
  const essayRecordCounts = new Map<string, Promise<number>>();

  /** How many records a search for `word` finds under `filters`, from `cache` after the first time. */
  function countOnce(cache: Map<string, Promise<number>>, word: string, filters?: PagefindFilters) {
    if (!cache.has(word)) {
      cache.set(
        word,
        pagefind.search(word, filters && { filters }).then((search) => search?.results.length ?? 0),
      );
    }
    return cache.get(word)!;
  }

  /** How many records hold each word, and how many records there are. */
  async function wordCounts(words: readonly string[]): Promise<WordCounts> {
    const counts = await Promise.all(words.map((word) => countOnce(recordCounts, word)));
    const total = recordTotal() ?? (await pagefind.search(null, { filters: {} }))?.results.length ?? 0;
    return { total, records: Object.fromEntries(words.map((word, i) => [word, counts[i]!])) };
  }

  /** How many essay passages and arguments hold each word; only words some record holds are searched again. */
  async function essayCounts(words: readonly string[], counts: WordCounts): Promise<Record<string, number>> {
    const held = words.filter((word) => counts.records[word]);
    const found = await Promise.all(held.map((word) => countOnce(essayRecordCounts, word, essayKinds)));
    return Object.fromEntries(held.map((word, i) => [word, found[i]!]));
  }

  /** The given arguments' results under the filters, in the order given; arguments the filters exclude are left out. */
  async function argumentResults(ids: readonly string[], filters: PagefindFilters): Promise<Result[]> {
    const searches = await Promise.all(
      ids.map((id) => pagefind.search(null, { filters: { ...filters, [argumentFilter]: { any: [id] } } })),
    );
    return searches.flatMap((search) => search?.results.slice(0, 1) ?? []);
  }

  /**
   * Pagefind's search for the whole query if it found every word; else the first narrower query
   * that finds something (see fallbackQueries); else, for two or more distinctive words, the records
   * with any of them, those with more and rarer ones first (anyWordRanking).
   */
  async function searchWords(
    term: string,
    filters: PagefindFilters,
    counts: WordCounts,
    first: PagefindSearch,
  ): Promise<{ search: PagefindSearch; narrowed?: string; anyWord?: boolean }> {
    const words = queryWords(term);
    if ((first.results.length && hasEveryWord(words, counts)) || !words.length) return { search: first };
    for (const narrowed of fallbackQueries(words, counts)) {
      const retry = await pagefind.search(narrowed, { filters });
      if (retry?.results.length) return { search: retry, narrowed };
    }
    const distinct = distinctiveWords(words, counts);
    if (distinct.length > 1) {
      const searches = await Promise.all(distinct.map((word) => pagefind.search(word, { filters })));
      const results = anyWordRanking(
        searches.map((search, i) => ({ results: search?.results ?? [], weight: wordRarity(distinct[i]!, counts) })),
      );
      if (results.length) return { search: { results, filters: first.filters }, narrowed: distinct.join(' '), anyWord: true };
    }
    // What the whole query found matched only some of its words, and none of the narrower queries did.
    return { search: hasEveryWord(words, counts) ? first : { ...first, results: [] } };
  }

  /**
   * Searches for the whole query by its words; when that finds nothing, tries narrower queries
   * (see fallbackQueries). A keyword search (a word or two, matched whole) ends there. Otherwise
   * ranks the arguments by meaning and fuses the closest few with the keyword results (reciprocal
   * rank fusion). When the query is off topic (isOffTopic), the outcome offers only the arguments
   * closest in meaning. Null when the word engine gives no answer.
   */
  async function runSearch(
    query: string,
    filters: PagefindFilters,
    { browse = false, stillWanted = () => true }: SearchOptions = {},
  ): Promise<SearchOutcome | null> {
    const term = query.trim();
    const none = { byMeaning: new Set<string>(), offTopic: false, closestIds: [] };
    if (!term && !browse) return { query, results: [], filters: {}, highlight: [], ...none };
    const words = queryWords(term);
    // The word counts (for marking and narrowing) run alongside the search and share its index
    // chunks. A question starts its settled words' vectors downloading at the same time; a keyword
    // or two fetches them only if it turns out to need them.
    const question = isQuestion(words);
    const meaningTerm = meaningText(term);
    if (question) void meaning.fetchWords(settledWords(meaningTerm));
    const [first, counts] = await Promise.all([
      pagefind.search(term || null, { filters }),
      wordCounts([...new Set([...words, ...queryWords(meaningTerm)])]),
    ]);
    if (!first) return null;
    const { search, narrowed, anyWord } = await searchWords(term, filters, counts, first);
    const highlight = highlightWords(queryWords(narrowed ?? term), counts);
    const outcome: SearchOutcome = {
      query,
      narrowed,
      anyWord,
      results: search.results,
      filters: search.filters,
      highlight,
      ...none,
    };
    if (!term) return outcome;
    const offTopic = isOffTopic(words, counts, await essayCounts(words, counts));
    // A keyword or two that matched whole is a keyword search: its results stand as Pagefind ranks
    // them, without waiting for the word vectors.
    const keywordSearch = !narrowed && !question;
    if (keywordSearch && search.results.length && !offTopic) return outcome;

    // The reader typed on while the words were searched: a last word of under four letters was only
    // a prefix, and its shard would be thrown away with this outcome.
    if (!stillWanted()) return outcome;
    await meaning.fetchWords(meaningWords(meaningTerm));
    const rarity = (word: string) => wordRarity(word, counts);
    const [ranking, coverage] = await Promise.all([meaning.rank(meaningTerm), meaning.coverage(meaningTerm, rarity)]);
    if (!ranking.length) return outcome;
    const closestIds = ranking.slice(0, meaningCandidates).map(({ id }) => id);
    const closest = await argumentResults(closestIds, filters);
    const keywordIds = new Set(search.results.map(({ id }) => id));
    if (offTopic) {
      // A fixed few, which the filters narrow: ticking a box never swaps in other arguments, so its count is what it gives.
      const offers = await argumentResults(closestIds.slice(0, offTopicOffers), filters);
      return {
        ...outcome,
        narrowed: undefined,
        anyWord: undefined,
        results: offers,
        byMeaning: new Set(offers.map(({ id }) => id)),
        offTopic,
        closestIds,
      };
    }
    // A question in the reader's own words: results placed by meaning join Pagefind's. Meaning
    // counts by the square of the share of the question it understood (coverage), so a question
    // whose telling word the vectors lack ("customise") is led by that word. An any-word search
    // keeps its margins: a record with the rarest word can be far ahead of those with the others.
    const best = Math.max(0, ...search.results.map(({ score }) => score)) || 1;
    const fused = fuseRankings(
      [
        { items: search.results, weight: 1, share: anyWord ? ({ score }) => score / best : undefined },
        { items: closest, weight: questionMeaningWeight * coverage ** 2 },
      ],
      ({ id }) => id,
    );
    return {
      ...outcome,
      results: fused,
      byMeaning: new Set(fused.filter(({ id }) => !keywordIds.has(id)).map(({ id }) => id)),
      closestIds,
    };
  }

  /** Words in the index close to the query's unknown words: what their longest known prefixes match. */
  async function closeTerms(query: string, limit = 5): Promise<string[]> {
    const words = queryWords(query);
    const counts = await wordCounts(words);
    const found = new Set<string>();
    for (const word of words.filter((w) => !counts.records[w])) {
      for (const prefix of wordPrefixes(word)) {
        const search = await pagefind.search(prefix);
        if (!search?.results.length) continue;
        for (const result of search.results.slice(0, 5)) {
          const { excerpt } = await result.data();
          for (const [, marked] of excerpt.matchAll(/<mark>([^<]+)<\/mark>/g)) found.add(marked!.toLowerCase());
        }
        break;
      }
    }
    return [...found].filter((term) => !words.includes(term)).slice(0, limit);
  }

  /** The topic overview pages, from the index: what the reader can always browse. */
  async function topicPages(): Promise<{ url: string; title: string }[]> {
    const search = await pagefind.search(null, { filters: { kind: { any: ['Topic overview'] } } });
    const data = await Promise.all((search?.results ?? []).map((result) => result.data()));
    return data.map(({ url, meta }) => ({ url, title: meta.title ?? url }));
  }

  /**
   * What ticking each box of a filter group would give under the other groups' choices
   * (`othersChosen`). For a keyword search or a blank query that is Pagefind's own count; a question
   * that was narrowed, or joined by arguments closest in meaning, is searched again with each box
   * ticked, since a box may change which narrower query finds something and which of the closest
   * arguments it lets through.
   */
  async function groupCounts(
    outcome: SearchOutcome,
    group: string,
    othersChosen: PagefindFilters,
    values: readonly string[],
  ): Promise<Record<string, number>> {
    if (outcome.narrowed === undefined && !outcome.closestIds.length) {
      const search = await pagefind.search(outcome.query.trim() || null, { filters: othersChosen });
      return { ...search?.filters[group] };
    }
    const searches = await Promise.all(
      values.map((value) => runSearch(outcome.query, { ...othersChosen, [group]: { any: [value] } }, { browse: true })),
    );
    return Object.fromEntries(values.map((value, i) => [value, searches[i]?.results.length ?? 0]));
  }

  /** Every filter group and value in the index with its count, so no box ever disappears. */
  const allFilters = () => pagefind.filters();

  return { runSearch, closeTerms, topicPages, groupCounts, allFilters };
}

/** The site's search, as createSearch makes it. */
export type Search = ReturnType<typeof createSearch>;
