// Runs on a page opened from a search result: marks the searched words, inside the landed
// argument or section when they occur there and on the whole page only when they do not, then
// brings the target into view (below the sticky header, through its scroll-margin).
// Our own marker rather than Pagefind's pagefind-highlight.js: that script injects an inline
// <style> the CSP blocks, and it weighs 44 KB to mark a few words. The search UI already left
// words found on most pages out of the link and added the forms Pagefind matched (see
// highlightWords and matchedForms); stop words are dropped here too, whoever made the link.
import { highlightParam, stopWords } from '../lib/search/searchWords.ts';

const words = new URL(location.href).searchParams
  .getAll(highlightParam)
  .map((word) => word.trim().toLowerCase())
  .filter((word) => word && !stopWords.has(word));
// Page chrome (navigation, anchor labels, "Cited in" lists) stays unmarked; arguments carry
// data-pagefind-ignore="all" only because they are indexed as records of their own.
const chrome = '[data-pagefind-ignore]:not([data-pagefind-ignore="all"]), nav, header, footer, script, style';
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words that start with a searched word, as Pagefind matches them ("regulat" in "regulation").
const pattern = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})[\\p{L}\\p{N}]*`, 'giu') : null;

/** Wraps every match inside `root` in <mark class="pagefind-highlight">; returns how many it marked. */
function mark(root: Element): number {
  if (!pattern) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(chrome) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let marked = 0;
  for (const text of texts) {
    const value = text.data;
    const matches = [...value.matchAll(pattern)];
    if (!matches.length) continue;
    const parts: Node[] = [];
    let at = 0;
    for (const match of matches) {
      parts.push(document.createTextNode(value.slice(at, match.index)));
      const highlight = document.createElement('mark');
      highlight.className = 'pagefind-highlight';
      highlight.textContent = match[0];
      parts.push(highlight);
      at = match.index + match[0].length;
      marked += 1;
    }
    parts.push(document.createTextNode(value.slice(at)));
    text.replaceWith(...parts);
  }
  return marked;
}

const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const landed = target?.closest('.argument, [data-section]') ?? null;
if (!landed || !mark(landed)) mark(document.querySelector('main') ?? document.body);
target?.scrollIntoView({ block: 'start' });
