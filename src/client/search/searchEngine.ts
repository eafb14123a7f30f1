// Pagefind's search engine (its JavaScript API, without its UI), loaded only once the reader shows
// they want to search, and the site's search wired to it and to the meaning shards. The decisions
// (question or keyword, narrowing, fusion) are src/lib/search/createSearch.ts.
import { pagefindUrl, siteBase } from '../../lib/page/routes.ts';
import { createSearch, type Search, type WordEngine } from '../../lib/search/createSearch.ts';
import { entryTag, preloadMeta, preloadSearch } from './searchPreload.ts';
import { browserMeaning } from './searchMeaning.ts';
import { searchBothSpellings, spellingForms, type SpellingPair } from '../../lib/search/spellingVariants.ts';

/** The British and American spellings the site's words use, built in by the search index integration. */
declare const __SPELLING_PAIRS__: SpellingPair[];

export type { Result, ResultData, SearchOutcome } from '../../lib/search/createSearch.ts';

interface Pagefind extends WordEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

interface PagefindEntry {
  languages: Record<string, { hash: string; page_count: number }>;
}

/** How many records the index holds, from its entry file. */
let recordTotal: number | undefined;
let engine: Promise<Pagefind> | undefined;
let search: Promise<Search> | undefined;

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
    // Every search, the site's and the counts', finds a word in either spelling.
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

/** The site's search over the real engines, made once. */
export function siteSearch(): Promise<Search> {
  search ??= loadEngine().then((pagefind) =>
    createSearch({
      pagefind,
      meaning: browserMeaning,
      recordTotal: () => recordTotal,
      meaningText: (term) => spellingForms(term, __SPELLING_PAIRS__)?.american ?? term,
    }),
  );
  return search;
}
