import type { Stance } from '../model/stance.ts';

/** Longest meta description that search results show whole. */
export const maxDescriptionLength = 160;

const stancePhrases: Record<Stance, string> = {
  for: 'An argument for opening AI models',
  against: 'An argument against opening AI models',
  'middle-ground': 'A middle-ground argument about opening AI models',
};

/** Names joined as a sentence says them: “A”, “B” and “C”. */
function listNames(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** The whole sentences of a text, in order (Intl.Segmenter knows abbreviations and quotes better than a regular expression). */
export function sentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text.replace(/\s+/g, ' ').trim())].map(({ segment }) => segment.trim()).filter(Boolean);
}

/**
 * An argument page's description: one sentence saying its stance, topic and the essays that make it,
 * by their short names (as many as fit, then how many more), followed by whole sentences of the
 * explanation while they fit in 160 characters. It never ends mid-word or in an ellipsis.
 */
export function argumentDescription(argument: {
  stance: Stance;
  topicTitle: string;
  essayNames: readonly string[];
  explanation: string;
}): string {
  const lead = `${stancePhrases[argument.stance]}, on ${argument.topicTitle}`;
  const names = argument.essayNames;
  const count = names.length;
  let first = count === 0 ? `${lead}.` : `${lead}, made by ${count} ${count === 1 ? 'essay' : 'essays'}.`;
  // Names are added while the sentence fits: one essay after another, then a count of the rest.
  for (let shown = 1; shown <= count; shown += 1) {
    const rest = count - shown;
    const more = rest === 0 ? '' : ` and ${rest} more ${rest === 1 ? 'essay' : 'essays'}`;
    const listed =
      rest === 0
        ? listNames(names)
        : names
            .slice(0, shown)
            .map((name) => `“${name}”`)
            .join(', ');
    const candidate = `${lead}, made by ${listed}${more}.`;
    if (candidate.length > maxDescriptionLength) break;
    first = candidate;
  }
  let description = first;
  for (const sentence of sentences(argument.explanation)) {
    if (description.length + 1 + sentence.length > maxDescriptionLength) break;
    description = `${description} ${sentence}`;
  }
  return description;
}
