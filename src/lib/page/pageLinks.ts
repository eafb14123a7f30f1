/** A gap in a list of page links: the pages between its neighbours are not linked. */
export const gap = 'gap' as const;

/**
 * Which page numbers a list's navigation links, in order, with a `gap` where numbers are left out:
 * every page while there are at most `2 × around + 5`, else the first and last page and the
 * `around` pages either side of the current one. The navigation stays the same size however many
 * pages a list has (at 10,000 essays, an argument's list has 500).
 */
export function pageLinks(current: number, last: number, around = 2): (number | typeof gap)[] {
  if (last <= 2 * around + 5) return Array.from({ length: last }, (_, index) => index + 1);
  let from = Math.max(2, Math.min(current - around, last - 2 * around - 2));
  let to = Math.min(last - 1, Math.max(current + around, 2 * around + 3));
  // A gap would stand for one page: link that page instead.
  if (from === 3) from = 2;
  if (to === last - 2) to = last - 1;
  const middle = Array.from({ length: to - from + 1 }, (_, index) => from + index);
  const before: (typeof gap)[] = from > 2 ? [gap] : [];
  const after: (typeof gap)[] = to < last - 1 ? [gap] : [];
  return [1, ...before, ...middle, ...after, last];
}
