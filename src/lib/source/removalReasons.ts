import { normalizeForMatch } from '../text/normalizeForMatch.ts';
import type { MarkedLine } from './markSource.ts';

/** A `removed:` entry as the frontmatter allows it: the line alone, or with the editor's reason. */
export type RemovedEntry = string | { line: string; reason: string };

/** The debris rule that matched a line, as far as the source page needs it. */
export interface MatchedRule {
  name: string;
  /** The rule removes everything after its line (a "You May Also Like" list). */
  untilEnd: boolean;
}

/** What explaining removals needs to know of an essay. */
export interface RemovalContext {
  /** The essay's `removed:` entries, in their order. */
  removed: readonly RemovedEntry[];
  /** The essay's title: a source line that repeats it becomes the page's heading. */
  title: string;
  /** The debris rule that removes a line, if any (the importer's rules, content/import-rules.yaml). */
  ruleFor: (line: string) => MatchedRule | undefined;
}

/** A source line with, when it was removed, why, in words. */
export type ExplainedLine = MarkedLine & { reason?: string };

/** The line of a `removed:` entry. */
export function removedLine(entry: RemovedEntry): string {
  return typeof entry === 'string' ? entry : entry.line;
}

const fold = (text: string) => normalizeForMatch(text).toLowerCase();

/**
 * Says why each removed line was removed: the editor's reason when the entry gives one, else the
 * debris rule that matches it, else the list an earlier rule removed to the end of the page, else
 * that it repeats the title. Returns the lines, and the index and text of every entry whose lines
 * none of these explain, so that the build can ask the editor for a reason.
 */
export function explainRemovals(
  lines: readonly MarkedLine[],
  { removed, title, ruleFor }: RemovalContext,
): { lines: ExplainedLine[]; unexplained: { index: number; line: string }[] } {
  const entries = removed.map((entry, index) => ({ index, key: fold(removedLine(entry)), entry }));
  let listStart: { name: string; line: string } | undefined;
  const unexplained = new Map<number, string>();
  const explained = lines.map((line): ExplainedLine => {
    if (!line.removed) return line;
    const text = line.runs.map((run) => run.repairedTo ?? run.text).join('');
    const raw = line.runs.map((run) => run.text).join('');
    const found = entries.find(({ key }) => key === fold(text) || key === fold(raw));
    if (found && typeof found.entry !== 'string') return { ...line, reason: `Removed by the editor: ${found.entry.reason}` };
    const rule = ruleFor(text.trim());
    if (rule) {
      if (rule.untilEnd) listStart = { name: rule.name, line: text.trim() };
      return { ...line, reason: `Removed by the debris rule “${rule.name}”.` };
    }
    if (listStart) {
      return {
        ...line,
        reason: `Removed with the list under “${listStart.line}”, which runs to the end of the page (debris rule “${listStart.name}”).`,
      };
    }
    if (fold(text) === fold(title)) return { ...line, reason: 'Removed: the title, which the page shows as its heading.' };
    if (found) unexplained.set(found.index, removedLine(found.entry));
    return line;
  });
  return { lines: explained, unexplained: [...unexplained].map(([index, line]) => ({ index, line })) };
}
