/** Places handed out in order, filled in any order; what fills them is delivered in the order they were handed out. */
export interface ReservedOrder<T> {
  /** Takes the next place; the returned function fills it, with an item or with nothing (undefined), once. */
  reserve(): (item?: T) => void;
  /** How many places were taken and not yet filled. */
  unfilled(): number;
}

/**
 * Delivers items in the order their places were reserved, whatever order they arrive in: pages
 * that render side by side reach the search index in the order they started, so the index is the
 * same however many render at once. An item waits only for the places before it.
 */
export function inReservedOrder<T>(deliver: (item: T) => void): ReservedOrder<T> {
  const arrived = new Map<number, T | undefined>();
  let reserved = 0;
  let filledCount = 0;
  let next = 0;
  return {
    reserve() {
      const place = reserved++;
      let filled = false;
      return (item?: T) => {
        if (filled) throw new Error(`inReservedOrder: place ${place} was filled twice`);
        filled = true;
        filledCount += 1;
        arrived.set(place, item);
        while (arrived.has(next)) {
          const ready = arrived.get(next);
          arrived.delete(next);
          next += 1;
          if (ready !== undefined) deliver(ready);
        }
      };
    },
    unfilled: () => reserved - filledCount,
  };
}
