// The full search page: a search box, filter groups and results, kept in step with the URL
// (?q=misuse&stance=against&topic=safety) so a search can be linked, reloaded and walked back.
// Within a group boxes combine with OR, groups with AND; each box counts what ticking it gives.
import { debounceFor } from '../../lib/search/searchDebounce.ts';
import { element, searchInput } from '../dom.ts';
import { loadEngine, siteSearch } from './searchEngine.ts';
import { showOutcome, summaryText } from './searchResults.ts';
import { loadSearchStyles } from './searchStyles.ts';
import { orderValues, pagefindFilters, tickedCount } from '../../lib/search/searchFilters.ts';
import { filterSlug, readSearchState, resolveFilters, writeSearchState } from '../../lib/search/searchState.ts';
import { stanceBadges, stances } from '../../lib/model/stance.ts';

const groups = [
  { name: 'topic', label: 'Topic' },
  { name: 'stance', label: 'Stance' },
  { name: 'essay', label: 'Essay' },
  { name: 'kind', label: 'Kind' },
  { name: 'voice', label: 'Written by' },
] as const;
const filterNames = groups.map(({ name }) => name);
const root = document.querySelector<HTMLElement>('[data-search-page]')!;

function showMessage(text: string): void {
  root.replaceChildren(element('p', { class: 'search-message', role: 'status' }, [text]));
}

async function start(): Promise<void> {
  try {
    await Promise.all([loadEngine(), loadSearchStyles()]);
  } catch (error) {
    showMessage(error instanceof Error ? error.message : String(error));
    return;
  }
  const engine = await siteSearch();
  const known = await engine.allFilters();
  const input = searchInput();
  const toggle = element('button', {
    type: 'button',
    class: 'filters-toggle',
    'aria-expanded': 'false',
    'aria-controls': 'search-filters',
  });
  const boxes = new Map<string, { box: HTMLInputElement; count: HTMLElement }>();
  const pane = element(
    'div',
    { class: 'search-filters', id: 'search-filters', 'data-collapsed': '' },
    groups.map(({ name, label }) =>
      element('fieldset', {}, [
        element('legend', {}, [label]),
        ...orderValues(Object.keys(known[name] ?? {}), name === 'stance' ? stances.map((s) => stanceBadges[s]) : []).map(
          (value) => {
            const box = element('input', { type: 'checkbox', name, value });
            const count = element('span', { class: 'filter-count' });
            boxes.set(`${name}\u0000${value}`, { box, count });
            return element('label', {}, [box, ` ${value} `, count]);
          },
        ),
      ]),
    ),
  );
  const summary = element('p', { class: 'search-summary', role: 'status' });
  const list = element('ol', { class: 'search-results', 'aria-label': 'Results' });
  const more = element('button', { type: 'button', class: 'search-more', hidden: '' }, ['More results']);
  const empty = element('div', { class: 'search-empty-slot' });
  const output = element('div', { class: 'search-output' }, [summary, list, more, empty]);
  root.replaceChildren(element('div', { class: 'search-bar' }, [input]), toggle, pane, output);

  const selected = () => {
    const chosen: Record<string, string[]> = {};
    for (const [key, { box }] of boxes) if (box.checked) (chosen[key.split('\u0000')[0]!] ??= []).push(box.value);
    return chosen;
  };
  const setToggle = () => {
    toggle.textContent = `Filters (${tickedCount(selected())})`;
  };
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    pane.toggleAttribute('data-collapsed', !open);
  });

  let sequence = 0;
  const search = async (pushUrl: boolean) => {
    const current = ++sequence;
    const isCurrent = () => current === sequence;
    const chosen = selected();
    setToggle();
    output.setAttribute('aria-busy', 'true');
    if (pushUrl) {
      const slugs = Object.fromEntries(Object.entries(chosen).map(([name, values]) => [name, values.map(filterSlug)]));
      const next = writeSearchState(location.pathname, { query: input.value, filters: slugs });
      if (next !== location.pathname + location.search) history.pushState(null, '', next);
    }
    const outcome = await engine.runSearch(input.value, pagefindFilters(chosen), { browse: true, stillWanted: isCurrent });
    if (!outcome || !isCurrent()) return;
    // Each group counts under the other groups' choices, as ticking one of its boxes would search.
    const counts = await Promise.all(
      filterNames.map((name) => engine.groupCounts(outcome, name, pagefindFilters(chosen, name), Object.keys(known[name] ?? {}))),
    );
    if (!isCurrent()) return;
    for (const [key, { count }] of boxes) {
      const [group, value] = key.split('\u0000') as [string, string];
      count.textContent = String(counts[filterNames.indexOf(group as (typeof filterNames)[number])]?.[value] ?? 0);
    }
    await showOutcome({ summary, list, more, empty }, outcome, summaryText(outcome), isCurrent);
    if (isCurrent()) output.removeAttribute('aria-busy');
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(true), debounceFor(input.value));
  });
  pane.addEventListener('change', () => void search(true));

  const apply = () => {
    const state = readSearchState(location.search, filterNames);
    input.value = state.query;
    const chosen = resolveFilters(state, known);
    for (const [key, { box }] of boxes) {
      const [group, value] = key.split('\u0000') as [string, string];
      box.checked = chosen[group]?.includes(value) ?? false;
    }
    return search(false);
  };
  window.addEventListener('popstate', () => void apply());
  await apply();
  if (!input.value) input.focus();
  root.dataset.ready = '';
}

void start();
