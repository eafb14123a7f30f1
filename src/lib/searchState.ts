/** A search as the URL holds it: the query and one value per filter, as slugs. */
export interface SearchState {
  query: string;
  filters: Record<string, string>;
}

/** The URL form of a filter value: "Middle ground" becomes "middle-ground". */
export function filterSlug(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** Reads the query (q) and the named filters from a URL search string; unknown parameters are ignored. */
export function readSearchState(search: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = filterSlug(value);
  }
  return { query: params.get('q') ?? '', filters };
}

/** Writes a search back as a path with a query string, leaving out empty values. */
export function writeSearchState(pathname: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  for (const [name, value] of Object.entries(state.filters)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
