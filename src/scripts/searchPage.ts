// The full search page: Pagefind's Component UI with filter dropdowns, kept in step with the URL
// (?q=misuse&stance=against&topic=safety) so a search can be linked, reloaded and walked back.
import { configElement, element, loadComponentUi, resultsElement } from './pagefindUi.ts';
import { filterSlug, readSearchState, writeSearchState, type SearchState } from '../lib/searchState.ts';

interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  totalFilters: Record<string, Record<string, number>> | null;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
}

declare global {
  interface Window {
    PagefindComponents: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

const instance = 'page';
const filterNames = ['topic', 'stance', 'essay', 'kind'] as const;
const root = document.querySelector<HTMLElement>('[data-search-page]')!;

function showMessage(text: string): void {
  root.replaceChildren(element('p', { class: 'search-message', role: 'status' }, [document.createTextNode(text)]));
}

/** Turns URL slugs ("middle-ground") into the filter values Pagefind knows ("Middle ground"). */
function toFilters(state: SearchState, known: Record<string, Record<string, number>>): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const [name, slug] of Object.entries(state.filters)) {
    const value = Object.keys(known[name] ?? {}).find((candidate) => filterSlug(candidate) === slug);
    if (value) filters[name] = [value];
  }
  return filters;
}

async function start(): Promise<void> {
  try {
    await loadComponentUi();
  } catch (error) {
    showMessage(error instanceof Error ? error.message : String(error));
    return;
  }
  const dropdowns = filterNames.map((name) =>
    element('pagefind-filter-dropdown', { instance, filter: name, label: name[0]!.toUpperCase() + name.slice(1), 'single-select': '' }),
  );
  root.replaceChildren(
    configElement(instance, { faceted: '' }),
    element('pagefind-input', { instance, placeholder: 'Search arguments and essays' }),
    element('div', { class: 'search-filters', role: 'group', 'aria-label': 'Filters' }, dropdowns),
    element('pagefind-summary', { instance }),
    resultsElement(instance),
  );
  const search = window.PagefindComponents.getInstanceManager().getInstance(instance);
  await search.triggerLoad();
  const known = search.totalFilters ?? {};
  let restoring = false;
  const input = () => root.querySelector<HTMLInputElement>('pagefind-input input');
  const apply = () => {
    const state = readSearchState(location.search, filterNames);
    // Pagefind's input only shows a new term while it is not focused.
    input()?.blur();
    restoring = true;
    // A query of only spaces is no query: show what the filters select instead.
    search.triggerSearchWithFilters(state.query.trim(), toFilters(state, known));
    restoring = false;
    input()?.focus();
  };
  search.on('search', (term, filters) => {
    if (restoring) return;
    const next = writeSearchState(location.pathname, { query: term, filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v[0] ? filterSlug(v[0]) : ''])) });
    if (next !== location.pathname + location.search) history.pushState(null, '', next);
  });
  window.addEventListener('popstate', apply);
  apply();
}

void start();
