// The full search page: Pagefind's Component UI with a filter pane, kept in step with the URL
// (?q=misuse&stance=against&topic=safety) so a search can be linked, reloaded and walked back.
import {
  configElement,
  element,
  ignoreBlankQueries,
  inputElement,
  loadComponentUi,
  pagefindInstance,
  resultsElement,
} from './pagefindUi.ts';
import { filterSlug, readSearchState, resolveFilters, writeSearchState } from '../lib/searchState.ts';

const instance = 'page';
const filterNames = ['topic', 'stance', 'essay', 'kind'] as const;
const root = document.querySelector<HTMLElement>('[data-search-page]')!;

function showMessage(text: string): void {
  root.replaceChildren(element('p', { class: 'search-message', role: 'status' }, [document.createTextNode(text)]));
}

async function start(): Promise<void> {
  try {
    await loadComponentUi();
  } catch (error) {
    showMessage(error instanceof Error ? error.message : String(error));
    return;
  }
  root.replaceChildren(
    configElement(instance, { faceted: '' }),
    inputElement(instance),
    // Checkboxes: Pagefind hides values with no match, so it offers one stance or topic at a time.
    element('pagefind-filter-pane', { instance, open: filterNames.join(',') }),
    element('pagefind-summary', { instance }),
    resultsElement(instance),
  );
  const search = pagefindInstance(instance);
  ignoreBlankQueries(search);
  // Searches that Pagefind starts itself while loading, or that we start from the URL, are not
  // the reader's: they must not write the URL.
  let restoring = true;
  search.on('search', (term, filters) => {
    if (restoring) return;
    const slugs = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, values.map(filterSlug)]));
    const next = writeSearchState(location.pathname, { query: term, filters: slugs });
    if (next !== location.pathname + location.search) history.pushState(null, '', next);
  });
  await search.triggerLoad();
  const known = search.totalFilters ?? {};
  const input = () => root.querySelector<HTMLInputElement>('pagefind-input input');
  const apply = () => {
    const state = readSearchState(location.search, filterNames);
    // Pagefind's input only shows a new term while it is not focused.
    const hadFocus = document.activeElement === input();
    input()?.blur();
    restoring = true;
    // A query of only spaces is no query: show what the filters select instead.
    search.triggerSearchWithFilters(state.query.trim(), resolveFilters(state, known));
    restoring = false;
    if (hadFocus || !state.query) input()?.focus();
  };
  window.addEventListener('popstate', apply);
  apply();
  root.dataset.ready = '';
}

void start();
