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

/** A count of arguments with their stance, in the words of the stance labels: "3 arguments for", "1 middle-ground argument". */
export function stanceCountLabel(stance: Stance, count: number): string {
  const noun = count === 1 ? 'argument' : 'arguments';
  return stance === 'middle-ground' ? `${count} middle-ground ${noun}` : `${count} ${noun} ${stance}`;
}

/** The stances a set of arguments takes, in words, in display order: "for, against and middle ground". */
export function stancesTaken(items: readonly { stance: Stance }[]): string {
  const counts = countByStance(items);
  const words = stances.filter((stance) => counts[stance] > 0).map((stance) => stanceBadges[stance].toLowerCase());
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}
