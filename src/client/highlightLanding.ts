// Runs on a page opened from a search result: marks the matched words, then brings the target
// section into view (below the sticky header, through its scroll-margin) once the marks are in.
import { bundlePath, highlightParam } from './pagefindUi.ts';

interface PagefindHighlightModule {
  default: new (options: {
    highlightParam: string;
    addStyles: boolean;
    markOptions: { className: string; exclude: string[] };
  }) => unknown;
}

const { default: PagefindHighlight } = (await import(
  /* @vite-ignore */ `${bundlePath}pagefind-highlight.js`
)) as PagefindHighlightModule;
// Our stylesheet styles the marks; Pagefind's own styles would be an inline <style> the CSP blocks.
// Arguments are indexed as records of their own, so on the topic page they carry
// data-pagefind-ignore="all"; they must still be marked. Page chrome stays unmarked.
const chrome = '[data-pagefind-ignore]:not([data-pagefind-ignore="all"])';
new PagefindHighlight({
  highlightParam,
  addStyles: false,
  markOptions: { className: 'pagefind-highlight', exclude: [chrome, `${chrome} *`] },
});
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.scrollIntoView({ block: 'start' });
