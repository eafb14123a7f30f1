// The only script reading pages load up front. It shows copy-link buttons and waits for a sign
// that the reader wants to search before it fetches any search code or index.
import { wireCopyLinks } from './copyLink.ts';
import { wireThemeSelect } from './themeSelect.ts';

wireCopyLinks();
wireThemeSelect();

// The section in view is marked in the contents list (a column on wide screens); its code loads
// on the first scroll (or at once on a page that opened scrolled, at a section or a quote), so it
// costs nothing before the reader moves.
const toc = document.querySelector<HTMLElement>('.toc');
const spy = () => void import('./tocSpy.ts').then((module) => module.spyToc(toc!));
if (toc && scrollY) spy();
else if (toc) addEventListener('scroll', spy, { once: true });

const triggers = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-trigger]')];
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
let dialog: Promise<typeof import('./search/searchDialog.ts')> | undefined;
// The dialog's code starts every other download its first search needs, all at once
// (searchEngine.ts). Starting them from here would save a round trip, but would put the preload
// code and Vite's preload helper into every page's script, past the 2 KB budget.
const loadDialog = () => (dialog ??= import('./search/searchDialog.ts'));
const prepareDialog = () => void loadDialog().then((module) => module.prepareSearchDialog().catch(() => undefined));

/** On the search page the control focuses its box; elsewhere it opens the search dialog. */
function openSearch(from: HTMLElement | null): void {
  if (searchPage) searchPage.querySelector('input')?.focus();
  else void loadDialog().then((module) => module.openSearchDialog(from));
}

// The search box of a dialog that has just closed keeps focus until its close event moves it on:
// a key pressed in that moment is not typing.
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) &&
    !target.closest('dialog:not([open])')
  );
}

// In `npm run dev` there is no index: the link leads to the search page, which says so.
if (triggers.length && !import.meta.env.DEV) {
  for (const trigger of triggers) {
    for (const intent of ['pointerenter', 'focus', 'touchstart'] as const) {
      if (!searchPage) trigger.addEventListener(intent, prepareDialog, { once: true, passive: true });
    }
    trigger.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      openSearch(trigger);
    });
  }
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if ((!slash && !commandK) || isTyping(event.target)) return;
    event.preventDefault();
    openSearch(triggers[0] ?? null);
  });
}

if (new URLSearchParams(location.search).has('pagefind-highlight')) {
  void import('./highlightLanding.ts');
}
