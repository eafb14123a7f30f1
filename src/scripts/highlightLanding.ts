// Runs on a page opened from a search result: marks the matched words, then brings the target
// section into view (below the sticky header, through its scroll-margin) once the marks are in.
import { bundlePath, highlightParam } from './pagefindUi.ts';

interface PagefindHighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`)) as PagefindHighlightModule;
// Our stylesheet styles the marks; Pagefind's own styles would be an inline <style> the CSP blocks.
new PagefindHighlight({ highlightParam, addStyles: false });
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
target?.scrollIntoView({ block: 'start' });
