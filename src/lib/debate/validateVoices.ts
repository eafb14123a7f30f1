import { normalizeForMatch } from '../text/normalizeForMatch.ts';
import type { EssaySection } from '../essay/splitSections.ts';
import type { DeclaredVoice } from '../model/voice.ts';

/** What voice validation needs of an essay: its id, its file, its declared voices and its sections. */
export interface EssayVoices {
  id: string;
  filePath?: string | undefined;
  data: { voices: readonly DeclaredVoice[] };
  sections: readonly EssaySection[];
}

/**
 * Checks each essay's `voices:` against its sections, which the frontmatter schema cannot see:
 * the section must exist, and evidence must be the section's own words, verbatim. Returns one
 * message per problem, naming the file, the field, what was expected and what was found.
 */
export function validateVoices(essays: readonly EssayVoices[]): string[] {
  return essays.flatMap((essay) => {
    const where = `Essay "${essay.id}" in ${essay.filePath ?? essay.id}`;
    const sections = new Map(essay.sections.map((section) => [section.id, section]));
    return essay.data.voices.flatMap((voice, index): string[] => {
      const field = `voices[${index}]`;
      const section = sections.get(voice.section);
      if (!section) {
        const ids = essay.sections.map(({ id }) => `"${id}"`).filter((id) => id !== '""');
        return [`${where}: ${field}.section: expected a heading id of this essay (${ids.join(', ')}), found "${voice.section}".`];
      }
      if (
        voice.evidence !== undefined &&
        !normalizeForMatch(section.paragraphs.join(' ')).includes(normalizeForMatch(voice.evidence))
      ) {
        return [
          `${where}: ${field}.evidence: expected words found verbatim in section "${voice.section}", ` +
            `but this evidence is not there: "${voice.evidence}".`,
        ];
      }
      return [];
    });
  });
}
