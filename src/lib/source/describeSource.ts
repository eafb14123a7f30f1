import { essayKindLabels, type EssayKind } from '../model/essayKind.ts';
import { machineSentence } from '../model/voice.ts';

/** What is known of where an essay came from and what the cleanup did. */
export interface SourceFacts {
  kind: EssayKind;
  platform?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  /** The publication date as the source wrote it. */
  published?: string | undefined;
  removedCount: number;
  /** Garbled characters the repair turned back into what they were. */
  repairedCount: number;
  /** Garbled emoji the repair could only drop. */
  droppedCount: number;
  editorialTitle: boolean;
  addedHeadings: readonly string[];
  /** Headings of the sections a language model wrote, as the text itself says (the essay's `voices:`). */
  machineSections?: readonly string[] | undefined;
}

/** Joins names as readers write them: "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The source note's sentences: what the source is, where it was published as far as the scrape
 * shows, which of address, author and date were not preserved, and what the cleanup changed.
 * Says only what the data records; a repair is mentioned only when the source had one.
 */
export function describeSource(facts: SourceFacts): { origin: string[]; cleanup: string[] } {
  const origin = [`${essayKindLabels[facts.kind]} scraped from ${facts.platform ?? 'the web'}.`];
  if (!facts.platform) origin.push('The scrape does not show which site published it.');
  const missing = [!facts.url && 'original address', !facts.author && 'author', !facts.published && 'publication date'].filter(
    (item): item is string => Boolean(item),
  );
  if (missing.length) origin.push(`Its ${listed(missing)} ${missing.length === 1 ? 'was' : 'were'} not preserved in the scrape.`);
  const machine = machineSentence(facts.machineSections ?? []);
  if (machine) origin.push(machine);
  const cleanup = ['The authors’ words are kept as written.'];
  const changes = [
    facts.removedCount > 0 &&
      `removed ${plural(facts.removedCount, 'line', 'lines')} of scrape debris (such as image captions, site menus and links to unrelated articles)`,
    facts.repairedCount > 0 && `repaired ${plural(facts.repairedCount, 'garbled quote mark', 'garbled quote marks')}`,
    facts.droppedCount > 0 && `marked ${plural(facts.droppedCount, 'emoji', 'emoji')} the scrape garbled beyond repair`,
  ].filter((item): item is string => Boolean(item));
  if (changes.length) cleanup.push(`We ${listed(changes)}.`);
  if (facts.editorialTitle) cleanup.push('The source has no title; the title above is ours.');
  if (facts.addedHeadings.length) cleanup.push(`Headings we added for navigation: ${facts.addedHeadings.join(', ')}.`);
  return { origin, cleanup };
}
