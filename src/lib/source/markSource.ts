import { normalizeForMatch } from '../text/normalizeForMatch.ts';
import { mojibakeSignature, repairMojibake, type MojibakeSignature } from '../text/repairMojibake.ts';

/** A run of a source line: kept as it came, or a garbled run and what the repair made of it. */
export interface SourceRun {
  /** The characters as the scrape has them. */
  text: string;
  /** What the repair turned them into ("" when they were dropped); absent when kept as they came. */
  repairedTo?: string;
}

/** One line of a scraped source, with what the cleanup did to it. */
export interface MarkedLine {
  /** Line number, from 1. */
  number: number;
  /** True when the whole line was removed as scrape debris. */
  removed: boolean;
  /** The line's text in runs; repaired runs carry their repair. */
  runs: SourceRun[];
}

/**
 * The garbled runs repairMojibake rewrites: emoji that became "π€π" or "ππ" (dropped), and
 * quotes that became "β" (each turned into one curly quote). markSourceLine checks the runs against
 * repairMojibake's own result and marks the whole line when the two disagree.
 */
const garbled = /π€π|ππ|β/g;

/**
 * Splits one source line into kept runs and repaired runs, each repair as repairMojibake makes it
 * with the whole source's signature (by default, the line's own).
 */
export function markSourceLine(line: string, signature: MojibakeSignature = mojibakeSignature(line)): SourceRun[] {
  const repaired = repairMojibake(line, { signature }).text;
  const runs: SourceRun[] = [];
  let from = 0;
  let out = 0;
  for (const match of line.matchAll(garbled)) {
    const kept = line.slice(from, match.index);
    if (kept) runs.push({ text: kept });
    out += kept.length;
    // A β the signature leaves alone is the Greek letter, kept as it came.
    if (match[0] === 'β' && repaired[out] === 'β') {
      runs.push({ text: 'β' });
      out += 1;
      from = match.index + 1;
      continue;
    }
    const repairedTo = match[0] === 'β' ? repaired.slice(out, out + 1) : '';
    runs.push({ text: match[0], repairedTo });
    out += repairedTo.length;
    from = match.index + match[0].length;
  }
  const rest = line.slice(from);
  if (rest) runs.push({ text: rest });
  const rebuilt = repairedText(runs);
  // A family of garbling the runs above do not know (such as UTF-8 read as Windows-1252): the line
  // is shown as one repaired run, so the page never claims a character was kept that was changed.
  if (rebuilt !== repaired) return [{ text: line, repairedTo: repaired }];
  return runs;
}

/** A source's lines, each as its runs (markSourceLine), the whole text's mojibake signature read once. */
export function sourceRuns(text: string): SourceRun[][] {
  const signature = mojibakeSignature(text);
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => markSourceLine(line, signature));
}

/** A marked line's text after the cleanup: each repaired run as repaired, the rest as it came. */
function repairedText(runs: readonly SourceRun[]): string {
  return runs.map((run) => run.repairedTo ?? run.text).join('');
}

/**
 * Marks a scraped source line by line: lines listed as removed debris (compared after repair and
 * trimming, as the essays' `removed:` lists are written) and each repaired run within a line.
 * `kept` is the essay's own text (headings and paragraphs): a removed line that the essay also
 * keeps, such as a heading the scrape repeated as an image caption, is kept at its first
 * occurrences (as many as the essay has) and removed only where it repeats.
 */
export function markSource(text: string, removed: readonly string[], kept: readonly string[] = []): MarkedLine[] {
  const debris = new Set(removed.map((line) => line.trim()));
  const keptLeft = new Map<string, number>();
  for (const block of kept) {
    const key = normalizeForMatch(block);
    keptLeft.set(key, (keptLeft.get(key) ?? 0) + 1);
  }
  return sourceRuns(text).map((runs, index) => {
    const line = runs.map((run) => run.text).join('');
    // The runs already hold the repaired line, so it is not repaired a second time here.
    const repaired = repairedText(runs).trim();
    // Any occurrence of a text the essay keeps uses up one of its kept copies, listed as debris or not.
    const key = normalizeForMatch(repaired);
    const left = keptLeft.get(key) ?? 0;
    if (left > 0) keptLeft.set(key, left - 1);
    return { number: index + 1, removed: left === 0 && (debris.has(line.trim()) || debris.has(repaired)), runs };
  });
}

/** How many garbled runs of a source the repair restored, and how many it could only drop. */
export function countRepairs(lines: readonly MarkedLine[]): { repaired: number; dropped: number } {
  const runs = lines.flatMap((line) => line.runs).filter((run) => run.repairedTo !== undefined);
  return { repaired: runs.filter((run) => run.repairedTo).length, dropped: runs.filter((run) => !run.repairedTo).length };
}
