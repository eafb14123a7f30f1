/** A search as the URL holds it: the query and, per filter, the chosen values as slugs. */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
}

/** The URL form of a filter value: "Middle ground" becomes "middle-ground". */
export function filterSlug(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** Reads the query (q) and the named filters from a URL search string; other parameters are ignored. */
export function readSearchState(search: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = params.getAll(name).map(filterSlug).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return { query: params.get('q') ?? '', filters };
}

/** Writes a search back as a path with a query string (?q=…&stance=against), leaving out empty values. */
export function writeSearchState(pathname: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  for (const [name, values] of Object.entries(state.filters)) for (const value of values) params.append(name, value);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Maps URL slugs to the filter values the index knows ("middle-ground" to "Middle ground"); unknown slugs are dropped. */
export function resolveFilters(state: SearchState, known: Record<string, Record<string, number>>): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const [name, slugs] of Object.entries(state.filters)) {
    const values = Object.keys(known[name] ?? {}).filter((value) => slugs.includes(filterSlug(value)));
    if (values.length) filters[name] = values;
  }
  return filters;
}
