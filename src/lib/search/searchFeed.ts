// The one place that explains the search feed. Astro runs integrations in its own process, from
// astro.config.mjs, but bundles middleware and pages into a separate module graph for the build's
// renderer: the two sides never import the same copy of a module, so a module-level variable set
// by one would be unset for the other. They meet on one global under a registered symbol instead,
// set by the search index integration when a build starts and cleared when it ends. Outside a
// build (`astro dev`, tests) there is no feed, and the middleware does nothing.
import type { ArgumentSearchRecord } from './searchArgumentRecords.ts';

/** A rendered page to index; `path` is its URL path without the base path, like "/essays/x/". */
export interface FedPage {
  path: string;
  html: string;
}

/** Takes what the search index needs while the build renders: pages as they are made, and the arguments once. */
export interface SearchFeed {
  /**
   * Holds a page's place in the index, taken as it starts rendering; the returned function takes
   * the page once rendered, or nothing when it is not to be indexed. Pages reach the index in the
   * order their places were taken, so the index does not depend on which of the pages Astro
   * renders at once (build.concurrency) finished first.
   */
  reservePage(): (page?: FedPage) => void;
  /** Every argument's record, built from the debate data; sent once per build, even when there are none. */
  addArguments(records: readonly ArgumentSearchRecord[]): void;
}

const feedKey = Symbol.for('open-models-debate.search-feed');
type WithFeed = typeof globalThis & { [feedKey]?: SearchFeed };

/** Opens the feed for a build, or closes it (undefined). */
export function setSearchFeed(feed: SearchFeed | undefined): void {
  (globalThis as WithFeed)[feedKey] = feed;
}

/** The open feed, or undefined outside a build (in `astro dev`, say). */
export function searchFeed(): SearchFeed | undefined {
  return (globalThis as WithFeed)[feedKey];
}
