/** One ranking to fuse: its items best first, and how much a place in it counts. */
export interface Ranking<T> {
  items: readonly T[];
  weight: number;
}

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each item scores the sum, over the
 * rankings that hold it, of weight / (k + its place from 1). An item high in one ranking beats one
 * middling in both only by enough weight; ties keep the earlier ranking's order.
 */
export function fuseRankings<T>(rankings: readonly Ranking<T>[], key: (item: T) => string, k = 10): T[] {
  const scores = new Map<string, { item: T; score: number; order: number }>();
  let order = 0;
  for (const { items, weight } of rankings) {
    items.forEach((item, index) => {
      const id = key(item);
      const entry = scores.get(id) ?? { item, score: 0, order: order++ };
      entry.score += weight / (k + index + 1);
      scores.set(id, entry);
    });
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.order - b.order).map(({ item }) => item);
}
