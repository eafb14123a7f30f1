/**
 * How long the search input waits after a keystroke before searching. Pagefind answers in a few
 * milliseconds, and searching while the reader types fetches index chunks early, so a short wait
 * shows first results well within 200 ms of the last key (Pagefind's own UI waits 300 ms).
 */
export const searchDebounceMs = 30;
