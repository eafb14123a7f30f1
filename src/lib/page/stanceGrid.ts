import { stances, type Stance } from '../model/stance.ts';

/** One essay's row: how many of the topic's arguments of each stance it makes. */
export interface StanceGridRow {
  essay: string;
  counts: Record<Stance, number>;
}

/** "Where the essays stand" on a topic, as counts of arguments by stance and essay. */
export interface StanceGrid {
  /** The first essays in the editor's order, at most `maxRows`. */
  rows: StanceGridRow[];
  /** How many essays make arguments on the topic but have no row. */
  moreEssays: number;
  /** The topic's arguments per stance, each counted once however many essays make it. */
  totals: Record<Stance, number>;
}

const zero = (): Record<Stance, number> => ({ for: 0, against: 0, 'middle-ground': 0 });

/**
 * Counts a topic's arguments by stance for each essay that makes one, in the editor's order, and
 * keeps the first `maxRows` essays, so the picture stays the same size at three essays or a thousand.
 */
export function stanceGrid(
  args: readonly { stance: Stance; citations: readonly { essay: string }[] }[],
  essayOrder: ReadonlyMap<string, number>,
  maxRows: number,
): StanceGrid {
  const byEssay = new Map<string, Record<Stance, number>>();
  const totals = zero();
  for (const argument of args) {
    totals[argument.stance] += 1;
    for (const essay of new Set(argument.citations.map((citation) => citation.essay))) {
      let counts = byEssay.get(essay);
      if (!counts) byEssay.set(essay, (counts = zero()));
      counts[argument.stance] += 1;
    }
  }
  const rows = [...byEssay]
    .map(([essay, counts]) => ({ essay, counts }))
    .sort((a, b) => (essayOrder.get(a.essay) ?? Infinity) - (essayOrder.get(b.essay) ?? Infinity));
  return { rows: rows.slice(0, maxRows), moreEssays: Math.max(0, rows.length - maxRows), totals };
}

/** Every stance, in display order, for the grid's columns. */
export const stanceColumns: readonly Stance[] = stances;
