// The search feed: how the search index integration (src/integrations/searchIndex.ts) receives
// what the build renders, from its middleware. Why it is a global: see buildGlobal.ts. Outside a
// build there is no feed, and the middleware does nothing.
import type { ArgumentSearchRecord } from './searchArgumentRecords.ts';
import { buildGlobal } from './buildGlobal.ts';

/** Takes what the search index needs while the build renders: pages as they are made, and the arguments once. */
export interface SearchFeed {
  /** A rendered page to index; `path` is its URL path without the base path, like "/essays/x/". */
  addPage(path: string, html: string): void;
  /** Every argument's record, built from the debate data; sent once per build, even when there are none. */
  addArguments(records: readonly ArgumentSearchRecord[]): void;
}

const feed = buildGlobal<SearchFeed>('open-models-debate.search-feed');

/** Opens the feed for a build, or closes it (undefined). */
export const setSearchFeed = (value: SearchFeed | undefined): void => feed.set(value);

/** The open feed, or undefined outside a build (in `astro dev`, say). */
export const searchFeed = (): SearchFeed | undefined => feed.get();
