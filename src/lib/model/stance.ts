/** Every stance an argument can take, in display order on topic pages. */
export const stances = ['for', 'against', 'middle-ground'] as const;

/** Whether an argument favours opening AI models, opposes it, or seeks a compromise. */
export type Stance = (typeof stances)[number];

/** Heading text for each stance group. */
export const stanceLabels: Record<Stance, string> = {
  for: 'For opening models',
  against: 'Against opening models',
  'middle-ground': 'Middle ground',
};

/** Short badge text for each stance. */
export const stanceBadges: Record<Stance, string> = {
  for: 'For',
  against: 'Against',
  'middle-ground': 'Middle ground',
};

/** Counts items per stance, with every stance present (zero when none). */
export function countByStance(items: readonly { stance: Stance }[]): Record<Stance, number> {
  const counts: Record<Stance, number> = { for: 0, against: 0, 'middle-ground': 0 };
  for (const { stance } of items) counts[stance] += 1;
  return counts;
}

/** Groups items by stance in display order, leaving out empty groups. */
export function groupByStance<T extends { stance: Stance }>(items: readonly T[]): { stance: Stance; items: T[] }[] {
  return stances
    .map((stance) => ({ stance, items: items.filter((item) => item.stance === stance) }))
    .filter((group) => group.items.length > 0);
}

/** Groups items by stance in display order, keeping every stance, even one no item takes. */
export function groupEveryStance<T extends { stance: Stance }>(items: readonly T[]): { stance: Stance; items: T[] }[] {
  return stances.map((stance) => ({ stance, items: items.filter((item) => item.stance === stance) }));
}

/** What a topic page says under a stance group that no essay argues. */
export const emptyStanceNotes: Record<Stance, string> = {
  for: 'No essay makes the case for opening models on this topic.',
  against: 'No essay makes the case against opening models on this topic.',
  'middle-ground': 'No essay proposes a middle ground on this topic.',
};

/** A count of arguments with their stance, such as "3 arguments for" or "1 argument in between". */
export function stanceCountLabel(stance: Stance, count: number): string {
  const noun = count === 1 ? 'argument' : 'arguments';
  return `${count} ${noun} ${stance === 'middle-ground' ? 'in between' : stance}`;
}
