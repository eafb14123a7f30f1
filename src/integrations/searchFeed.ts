// The hand-off between the search index integration (run by Astro's own process) and its
// middleware (bundled into the build's server code): pages go to Pagefind as they are rendered.
// The two are separate module graphs, so they meet on one well-known global, set only during a build.

/** Takes one rendered page for the search index. */
export interface SearchFeed {
  /** `path` is the page's URL path without the base path, like "/essays/x/". */
  add(path: string, html: string): void;
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
