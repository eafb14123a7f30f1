// Pagefind's search engine (its JavaScript API, without its UI), and the search this site runs on
// it: the whole query first, then narrower queries when that finds nothing, fused with the
// arguments closest in meaning (searchMeaning.ts). Loaded only once the reader shows they want to search.
import { pagefindUrl, siteBase } from '../../lib/page/routes.ts';
import { entryTag, preloadMeta, preloadSearch } from './searchPreload.ts';
import { argumentFilter, type PagefindFilters } from '../../lib/search/searchFilters.ts';
import { anyWordRanking, fuseRankings } from '../../lib/search/searchFusion.ts';
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
} from '../../lib/search/searchWords.ts';
import { fetchWordVectors, meaningCoverage, rankByMeaning } from './searchMeaning.ts';
import { meaningWords, settledWords } from '../../lib/search/searchVectors.ts';
import { searchBothSpellings, spellingForms, type SpellingPair } from '../../lib/search/spellingVariants.ts';

/** The British and American spellings the site's words use, built in by the search index integration. */
declare const __SPELLING_PAIRS__: SpellingPair[];

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

interface PagefindSearch {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
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

/**
 * Arguments closest in meaning that a question's results are fused with: enough that one the
 * reader's words also found rises to the top. On the 60 dev questions, with the any-word search,
 * three found 36 and twelve 39; with meaning weighing twice, eight found as many as twelve (41).
 */
const meaningCandidates = 8;
/** Arguments closest in meaning offered for a question no essay discusses: a few to browse, not a ranking. */
const offTopicOffers = 3;
/** How much a place in the meaning ranking counts against one in Pagefind's, for a question (tried on the dev questions only). */
const questionMeaningWeight = 2;

let engine: Promise<Pagefind> | undefined;

/**
 * Loads the engine once, on the main thread (a worker would be one more script to fetch before
 * the first result). The entry file is read here too, so that the index metadata it names
 * downloads alongside the engine rather than after it.
 */
export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    if (import.meta.env.DEV) {
      throw new Error('Search needs the built index, which `npm run dev` does not make. Run `npm start` to try search.');
    }
    preloadSearch();
    const bundle = pagefindUrl();
    // Pagefind reads the preloaded entry file itself; this uncached copy only names the metadata.
    const entry = fetch(`${bundle}pagefind-entry.json`, { cache: 'no-store' })
      .then((response) => response.json() as Promise<PagefindEntry>)
      .then((json) => {
        const language = json.languages.en ?? Object.values(json.languages)[0];
        if (language) preloadMeta(language.hash);
        recordTotal = language?.page_count;
      })
      .catch(() => undefined);
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // Every search, this file's and the counts', finds a word in either spelling.
    const pagefind: Pagefind = {
      ...module,
      search: (term, options) => searchBothSpellings(module.search.bind(module), term, options, __SPELLING_PAIRS__),
    };
    await pagefind.options({ baseUrl: siteBase, excerptLength: 22, noWorker: true, metaCacheTag: entryTag });
    await Promise.all([pagefind.init(), entry]);
    // The filter index loads now, before the reader's first query ends: fusion and the off-topic
    // check run filtered searches (by argument, by kind), which would otherwise wait a round trip for it.
    void pagefind.filters().catch(() => undefined);
    return pagefind;
  })();
  return engine;
}

interface PagefindEntry {
  languages: Record<string, { hash: string; page_count: number }>;
}

/** How many records the index holds, from its entry file. */
let recordTotal: number | undefined;

/** Counts that depend on a word alone, searched once per page: each filter box's count searches the same words again. */
const recordCounts = new Map<string, Promise<number>>();
const essayRecordCounts = new Map<string, Promise<number>>();

/** How many records a search for `word` finds under `filters`, from `cache` after the first time. */
function countOnce(cache: Map<string, Promise<number>>, pagefind: Pagefind, word: string, filters?: PagefindFilters) {
  if (!cache.has(word))
    cache.set(
      word,
      pagefind.search(word, filters && { filters }).then((search) => search?.results.length ?? 0),
    );
  return cache.get(word)!;
}

/** How many records hold each word, and how many records there are. */
async function wordCounts(pagefind: Pagefind, words: readonly string[]): Promise<WordCounts> {
  const counts = await Promise.all(words.map((word) => countOnce(recordCounts, pagefind, word)));
  const total = recordTotal ?? (await pagefind.search(null, { filters: {} }))?.results.length ?? 0;
  return { total, records: Object.fromEntries(words.map((word, i) => [word, counts[i]!])) };
}

/** The kinds of record that make the site's case: what "No essay discusses…" is about. */
const essayKinds: PagefindFilters = { kind: { any: ['Essay passage', 'Argument'] } };

/** How many essay passages and arguments hold each word; only words some record holds are searched again. */
async function essayCounts(pagefind: Pagefind, words: readonly string[], counts: WordCounts): Promise<Record<string, number>> {
  const held = words.filter((word) => counts.records[word]);
  const found = await Promise.all(held.map((word) => countOnce(essayRecordCounts, pagefind, word, essayKinds)));
  return Object.fromEntries(held.map((word, i) => [word, found[i]!]));
}

/** The given arguments' results under the filters, in the order given; arguments the filters exclude are left out. */
async function argumentResults(pagefind: Pagefind, ids: readonly string[], filters: PagefindFilters): Promise<Result[]> {
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
  pagefind: Pagefind,
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
 * closest in meaning. A blank query with `browse` lists every record
 * the filters allow. `stillWanted` says whether the caller will still show this search's outcome.
 */
export async function runSearch(
  query: string,
  filters: PagefindFilters,
  { browse = false, stillWanted = () => true }: { browse?: boolean; stillWanted?: () => boolean } = {},
): Promise<SearchOutcome | null> {
  const pagefind = await loadEngine();
  const term = query.trim();
  const none = { byMeaning: new Set<string>(), offTopic: false, closestIds: [] };
  if (!term && !browse) return { query, results: [], filters: {}, highlight: [], ...none };
  const words = queryWords(term);
  // The word vectors know the American spelling of a word better ("customize"): meaning reads that.
  const meaningTerm = spellingForms(term, __SPELLING_PAIRS__)?.american ?? term;
  // The word counts (for marking and narrowing) run alongside the search and share its index
  // chunks. A question (more than two words that mean something, or any stop word: "is it free
  // to use") starts its settled words' vectors downloading at the same time; a keyword or two
  // fetches them only if it turns out to need them.
  const meaningful = words.filter((word) => !stopWords.has(word));
  const question = meaningful.length > 2 || meaningful.length < words.length;
  if (question) void fetchWordVectors(settledWords(meaningTerm));
  const [first, counts] = await Promise.all([
    pagefind.search(term || null, { filters }),
    wordCounts(pagefind, [...new Set([...words, ...queryWords(meaningTerm)])]),
  ]);
  if (!first) return null;
  const { search, narrowed, anyWord } = await searchWords(pagefind, term, filters, counts, first);
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
  const offTopic = isOffTopic(words, counts, await essayCounts(pagefind, words, counts));
  // A keyword or two that matched whole is a keyword search: its results stand as Pagefind ranks
  // them, without waiting for the word vectors.
  const keywordSearch = !narrowed && !question;
  if (keywordSearch && search.results.length && !offTopic) return outcome;

  // The reader typed on while the words were searched: a last word of under four letters was only
  // a prefix, and its shard would be thrown away with this outcome.
  if (!stillWanted()) return outcome;
  await fetchWordVectors(meaningWords(meaningTerm));
  const rarity = (word: string) => wordRarity(word, counts);
  const [meaning, coverage] = await Promise.all([rankByMeaning(meaningTerm), meaningCoverage(meaningTerm, rarity)]);
  if (!meaning.length) return outcome;
  const closestIds = meaning.slice(0, meaningCandidates).map(({ id }) => id);
  const closest = await argumentResults(pagefind, closestIds, filters);
  const keywordIds = new Set(search.results.map(({ id }) => id));
  if (offTopic) {
    // A fixed few, which the filters narrow: ticking a box never swaps in other arguments, so its count is what it gives.
    const offers = await argumentResults(pagefind, closestIds.slice(0, offTopicOffers), filters);
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
export async function closeTerms(query: string, limit = 5): Promise<string[]> {
  const pagefind = await loadEngine();
  const words = queryWords(query);
  const counts = await wordCounts(pagefind, words);
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
export async function topicPages(): Promise<{ url: string; title: string }[]> {
  const pagefind = await loadEngine();
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
export async function groupCounts(
  outcome: SearchOutcome,
  group: string,
  othersChosen: PagefindFilters,
  values: readonly string[],
): Promise<Record<string, number>> {
  if (outcome.narrowed === undefined && !outcome.closestIds.length) {
    const search = await (await loadEngine()).search(outcome.query.trim() || null, { filters: othersChosen });
    return { ...search?.filters[group] };
  }
  const searches = await Promise.all(
    values.map((value) => runSearch(outcome.query, { ...othersChosen, [group]: { any: [value] } }, { browse: true })),
  );
  return Object.fromEntries(values.map((value, i) => [value, searches[i]?.results.length ?? 0]));
}

/** Every filter group and value in the index with its count, so no box ever disappears. */
export async function allFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadEngine()).filters();
}
