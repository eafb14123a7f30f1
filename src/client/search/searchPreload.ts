// Starts every download a first search needs the moment the reader shows intent, all at once:
// Pagefind's engine, its WebAssembly, its entry file and the search styles. Left to themselves
// they would come one after another (our search code, then the engine, then its entry file,
// then its WebAssembly), and on a slow network each wait is a round trip.
import searchStyles from '../../styles/search.css?url';
import { pagefindUrl } from '../../lib/page/routes.ts';

/**
 * The tag Pagefind adds to its entry file's URL so that no cache serves an old one. It is this
 * page's load time, as Pagefind's own default is its start time, but known to every module up
 * front, so the entry file can be preloaded under the very URL Pagefind will ask for.
 */
export const entryTag = String(Math.round(performance.timeOrigin));

function preload(href: string, as: 'fetch' | 'script' | 'style'): void {
  if (document.querySelector(`link[data-search-preload][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = as === 'script' ? 'modulepreload' : 'preload';
  if (as !== 'script') link.as = as;
  // fetch() asks with CORS and same-origin credentials; a preload must ask the same way to be used.
  if (as === 'fetch') link.crossOrigin = 'anonymous';
  link.href = href;
  link.dataset.searchPreload = '';
  document.head.append(link);
}

/** Preloads the engine, its WebAssembly, its entry file and the search styles (once each). */
export function preloadSearch(): void {
  const bundle = pagefindUrl();
  preload(`${bundle}pagefind.js`, 'script');
  preload(`${bundle}pagefind-entry.json?ts=${entryTag}`, 'fetch');
  preload(`${bundle}wasm.en.pagefind`, 'fetch');
  preload(searchStyles, 'style');
}

/** Preloads Pagefind's index metadata, whose name the entry file gives. */
export function preloadMeta(metaHash: string): void {
  preload(`${pagefindUrl()}pagefind.${metaHash}.pf_meta`, 'fetch');
}
