/** One ranking to fuse: its items best first, and how much a place in it counts. */
export interface Ranking<T> {
  items: readonly T[];
  weight: number;
  /**
   * Each item's share of the ranking's best score (0 to 1), when scores say more than places do:
   * an item then counts as if first, times its share, so one far ahead of the rest stays ahead.
   */
  share?: (item: T) => number;
}

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each item scores the sum, over the
 * rankings that hold it, of weight / (k + its place from 1), or of weight × share / (k + 1) in a
 * ranking that gives shares. An item high in one ranking beats one middling in both only by enough
 * weight; ties keep the earlier ranking's order.
 */
export function fuseRankings<T>(rankings: readonly Ranking<T>[], key: (item: T) => string, k = 10): T[] {
  const scores = new Map<string, { item: T; score: number; order: number }>();
  let order = 0;
  for (const { items, weight, share } of rankings) {
    items.forEach((item, index) => {
      const id = key(item);
      const entry = scores.get(id) ?? { item, score: 0, order: order++ };
      entry.score += share ? (weight * share(item)) / (k + 1) : weight / (k + index + 1);
      scores.set(id, entry);
    });
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.order - b.order).map(({ item }) => item);
}

/** One word's search: its results, and how much the word counts (its rarity). */
export interface WordSearch<T> {
  results: readonly T[];
  weight: number;
}

/**
 * Joins several searches, one per word, into one ranking: an "any of these words" search, which
 * Pagefind, matching every word, does not make itself. A record scores, for each word it holds, the
 * word's weight times its score there as a share of that search's best, so no word's scale
 * outweighs another's and a record with more of the words, and rarer ones, comes first. Each
 * record comes back with its summed score; ties keep the order records were first met in.
 */
export function anyWordRanking<T extends { id: string; score: number }>(searches: readonly WordSearch<T>[]): T[] {
  const totals = new Map<string, { item: T; score: number; order: number }>();
  for (const { results, weight } of searches) {
    const best = Math.max(0, ...results.map(({ score }) => score)) || 1;
    for (const item of results) {
      const entry = totals.get(item.id) ?? { item, score: 0, order: totals.size };
      entry.score += (weight * item.score) / best;
      totals.set(item.id, entry);
    }
  }
  return [...totals.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ item, score }) => ({ ...item, score }));
}
