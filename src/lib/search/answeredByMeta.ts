// The arguments that answer an argument, carried in its search record as Pagefind metadata, so a
// result can link them. Metadata rather than indexed words: indexing the answering claims made
// more records match each question and lowered the measured question set (docs/search-signals.md).
import { kebabCase } from '../text/kebabCase.ts';

/** One answering argument, as a result links it. */
export interface AnsweredByEntry {
  id: string;
  label: string;
}

/** The metadata key the answers travel under. */
export const answeredByMetaKey = 'answeredBy';

/** The answers as one metadata value (Pagefind's metadata values are strings). */
export function encodeAnsweredBy(entries: readonly AnsweredByEntry[]): string {
  return JSON.stringify(entries.map(({ id, label }) => [id, label]));
}

/**
 * The answers back from a metadata value. Whatever is not a list of [argument id, label] pairs is
 * dropped, so an index that was tampered with cannot make a result link anywhere but an argument page.
 */
export function decodeAnsweredBy(value: string | undefined): AnsweredByEntry[] {
  if (!value) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown) =>
    Array.isArray(entry) &&
    entry.length === 2 &&
    typeof entry[0] === 'string' &&
    kebabCase.test(entry[0]) &&
    typeof entry[1] === 'string' &&
    entry[1].trim()
      ? [{ id: entry[0], label: entry[1].trim() }]
      : [],
  );
}
