/** The filter group that names each argument record by its id (src/lib/search/searchArgumentRecords.ts); the UI never shows it. */
export const argumentFilter = 'argument';

/** Filters in the form Pagefind's search() takes: a value list per group, matching any of them. */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * The ticked values as Pagefind filters: values within a group combine with OR, groups with AND.
 * `except` leaves one group out, which gives the counts that group's boxes show: what ticking
 * each box would give under the other groups' choices.
 */
export function pagefindFilters(selected: Record<string, readonly string[]>, except?: string): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const [group, values] of Object.entries(selected)) {
    if (group !== except && values.length) filters[group] = { any: [...values] };
  }
  return filters;
}

/** How many boxes are ticked across all groups, for the "Filters (n)" button. */
export function tickedCount(selected: Record<string, readonly string[]>): number {
  return Object.values(selected).reduce((sum, values) => sum + values.length, 0);
}

/** A group's values in display order: the order given first (stances), then the rest alphabetically. */
export function orderValues(values: Iterable<string>, preferred: readonly string[] = []): string[] {
  const rank = (value: string) => (preferred.includes(value) ? preferred.indexOf(value) : preferred.length);
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
