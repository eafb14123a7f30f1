import type { SourceRun } from './markSource.ts';

/** What the source page's summary counts: lines removed, characters repaired, emoji lost. */
export interface SourceCounts {
  removed: number;
  repaired: number;
  dropped: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Counts what the cleanup did to a marked source, for the summary at the top of its page. */
export function countSourceMarks(lines: readonly { removed: boolean; runs: readonly SourceRun[] }[]): SourceCounts {
  const runs = lines.flatMap((line) => (line.removed ? [] : line.runs)).filter((run) => run.repairedTo !== undefined);
  return {
    removed: lines.filter((line) => line.removed).length,
    repaired: runs.filter((run) => run.repairedTo).length,
    dropped: runs.filter((run) => !run.repairedTo).length,
  };
}

/** The summary sentence: what was removed and repaired, and what was lost, in counts; a count of none is left out. */
export function summarizeSource({ removed, repaired, dropped }: SourceCounts): string {
  const parts = [
    removed && `${plural(removed, 'line was', 'lines were')} removed as scrape debris`,
    repaired && `${plural(repaired, 'garbled character was', 'garbled characters were')} repaired`,
    dropped && `${plural(dropped, 'emoji was', 'emoji were')} garbled beyond repair and dropped`,
  ].filter((part): part is string => Boolean(part));
  if (!parts.length) return 'The cleanup removed and repaired nothing.';
  if (parts.length === 1) return `${parts[0]}.`;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

const characterNames: Record<string, string> = {
  '\u2018': 'an opening single quote',
  '\u2019': 'an apostrophe or closing single quote',
  '\u201C': 'an opening double quote',
  '\u201D': 'a closing double quote',
  '\u2014': 'a dash',
  '\u2013': 'a dash',
  '\u2026': 'an ellipsis',
};

/** What one repaired run was and what it became, in words, for the note after its line. */
export function describeRepair(run: SourceRun): string {
  if (run.repairedTo === undefined) throw new Error(`describeRepair: the run "${run.text}" was not repaired.`);
  if (!run.repairedTo) return `${run.text} was an emoji the scrape garbled beyond repair: dropped`;
  const name = characterNames[run.repairedTo];
  return `${run.text} became ${run.repairedTo}${name ? ` (${name})` : ''}`;
}

/** True when a source line holds nothing to read: such lines are shown as gaps, without a number. */
export function isBlankLine(runs: readonly SourceRun[]): boolean {
  return runs.every((run) => !run.text.trim());
}
