/**
 * How long the search input waits after a keystroke before searching. Pagefind answers in a few
 * milliseconds, and searching while the reader types fetches index chunks early, so a short wait
 * shows first results well within 200 ms of the last key (Pagefind's own UI waits 300 ms).
 */
export const searchDebounceMs = 30;

/**
 * Queries shorter than this wait as long as Pagefind's own UI does: one or two letters are usually
 * the start of a longer word, and searching them would fetch index chunks and result fragments
 * that the next keystroke throws away.
 */
export const shortQueryLength = 3;

/** Pagefind's own UI's wait, kept for short queries. */
const shortQueryDebounceMs = 300;

/** How long to wait after a keystroke before searching for `query`. */
export function debounceFor(query: string): number {
  return query.trim().length < shortQueryLength ? shortQueryDebounceMs : searchDebounceMs;
}
