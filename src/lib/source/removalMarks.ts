import { sourceRuns } from './markSource.ts';
import type { ExplainedLine } from './removalReasons.ts';

/**
 * What a marked source adds to its text: the numbers of its removed lines, each with why it was
 * removed. A few lines an essay, where the marked lines themselves (every line's runs, beside the
 * source's text) held hundreds of megabytes at ten thousand essays until each source page took its own.
 */
export type RemovalMarks = ReadonlyMap<number, string | undefined>;

/** The removal marks of a marked source. */
export function removalMarks(lines: readonly ExplainedLine[]): RemovalMarks {
  return new Map(lines.filter((line) => line.removed).map((line) => [line.number, line.reason]));
}

/**
 * The marked source again, from its text and its removal marks: the same lines markEssaySource
 * made, without the essay's text that marking needs (the runs depend on the source alone).
 */
export function withRemovalMarks(text: string, marks: RemovalMarks): ExplainedLine[] {
  return sourceRuns(text).map((runs, index) => {
    const number = index + 1;
    if (!marks.has(number)) return { number, removed: false, runs };
    const reason = marks.get(number);
    return reason === undefined ? { number, removed: true, runs } : { number, removed: true, runs, reason };
  });
}
