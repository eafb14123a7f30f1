// The search dialog every reading page opens with "/", Ctrl/⌘+K or the header control. It loads
// the engine and its styles when the reader shows intent, searches as they type, and keeps the
// query when it closes.
import { debounceFor } from '../../lib/search/searchDebounce.ts';
import { announce } from '../announce.ts';
import { element, searchInput } from '../dom.ts';
import { loadEngine, siteSearch } from './searchEngine.ts';
import { showOutcome, summaryText } from './searchResults.ts';
import { loadSearchStyles } from './searchStyles.ts';
import { searchUrl } from '../../lib/page/routes.ts';
import { writeSearchState } from '../../lib/search/searchState.ts';

interface SearchDialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
}

let built: SearchDialog | undefined;

const hint = (keys: string[], text: string) =>
  element('li', {}, [...keys.flatMap((key) => [element('kbd', {}, [key]), ' ']), text]);

function build(): SearchDialog {
  const input = searchInput();
  const close = element('button', { type: 'button', class: 'search-close' }, ['Close']);
  const summary = element('p', { class: 'search-summary', role: 'status' });
  const list = element('ol', { class: 'search-results', 'aria-label': 'Results' });
  const more = element('button', { type: 'button', class: 'search-more', hidden: '' }, ['More results']);
  const empty = element('div', { class: 'search-empty-slot' });
  const body = element('div', { class: 'search-dialog-body' }, [summary, list, more, empty]);
  // The dialog has no filters; the search page has them all, and opens with the same query.
  const full = element('a', { class: 'search-full', href: searchUrl() }, [
    'Filter by topic, stance, essay or writer on the search page',
  ]);
  const followQuery = () => full.setAttribute('href', writeSearchState(searchUrl(), { query: input.value, filters: {} }));
  const dialog = element('dialog', { class: 'search-dialog', 'aria-label': 'Search' }, [
    element('div', { class: 'search-dialog-header' }, [input, close]),
    body,
    element('footer', { class: 'search-dialog-footer' }, [
      full,
      element('ul', { class: 'search-hints', 'aria-label': 'Keys' }, [
        hint(['Enter'], 'opens the first result'),
        hint(['↑', '↓'], 'move between results'),
        hint(['Esc'], 'closes and keeps your query'),
      ]),
    ]),
  ]);
  document.body.append(dialog);
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = async () => {
    const current = ++sequence;
    const isCurrent = () => current === sequence;
    body.setAttribute('aria-busy', 'true');
    const outcome = await (await siteSearch()).runSearch(input.value, {}, { stillWanted: isCurrent });
    if (!outcome || !isCurrent()) return;
    await showOutcome({ summary, list, more, empty }, outcome, outcome.query.trim() ? summaryText(outcome) : '', isCurrent);
    if (isCurrent()) body.removeAttribute('aria-busy');
  };
  input.addEventListener('input', () => {
    followQuery();
    clearTimeout(timer);
    timer = setTimeout(() => void search(), debounceFor(input.value));
  });

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        location.assign(first.href);
      }
    } else if (event.key === 'Escape') {
      // A search box clears itself on Esc; here Esc closes the dialog and keeps the query.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement) + (event.key === 'ArrowDown' ? 1 : -1);
    if (index < 0) input.focus();
    else all[Math.min(index, all.length - 1)]?.focus();
  });
  return { dialog, input };
}

/** Loads the engine and styles ahead of use, so the first results come fast once the reader types. */
export async function prepareSearchDialog(): Promise<void> {
  await Promise.all([loadEngine(), loadSearchStyles()]);
}

/** Opens the search dialog with the last query selected; returns focus to the trigger on close. */
export async function openSearchDialog(trigger: HTMLElement | null): Promise<void> {
  const engine = loadEngine();
  try {
    await loadSearchStyles();
    built ??= build();
  } catch (error) {
    announce(String(error));
    return;
  }
  const { dialog, input } = built;
  if (dialog.open) return;
  dialog.showModal();
  input.select();
  dialog.addEventListener('close', () => trigger?.focus(), { once: true });
  engine.catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    dialog.querySelector('.search-summary')!.textContent = message;
    if (trigger) trigger.title = message;
  });
}
