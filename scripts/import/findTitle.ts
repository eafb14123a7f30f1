import type { Flag, SourceLine } from './blocks.ts';
import { LOST_EMOJI } from '../../src/lib/text/repairMojibake.ts';

/** The title the importer found, and whether its line leaves the body. */
export interface FoundTitle {
  text: string;
  /** The title line, when it is a line of its own and leaves the body. */
  consumedLine?: number;
  /** True when the source has no title and `text` is a placeholder. */
  editorial: boolean;
  flags: Flag[];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Short, capitalised, not ending like a sentence of prose. */
function titleLike(text: string): boolean {
  return words(text).length <= 15 && text.length <= 120 && !/[.,;:]$/.test(text) && /^[\p{Lu}\d]/u.test(text);
}

/**
 * The title is the first line when that line is a title of its own; a forum post often opens with
 * its title as the first sentence of the first line, which then stays in the body. With neither,
 * the title is a placeholder made from the first words, flagged for a person to write.
 */
export function findTitle(lines: readonly SourceLine[]): FoundTitle {
  const first = lines[0];
  const text = first?.text.replaceAll(LOST_EMOJI, '').trim() ?? '';
  const sentences = text.split(/(?<=[.!?])\s+/);
  if (first && sentences.length === 1 && titleLike(text)) return { text, consumedLine: first.n, editorial: false, flags: [] };
  if (first && /[?!]$/.test(sentences[0]!) && titleLike(sentences[0]!)) {
    return {
      text: sentences[0]!,
      editorial: false,
      flags: [
        {
          name: 'title from first sentence',
          detail: 'the title is the first sentence of the text, which stays in the body',
          n: first.n,
        },
      ],
    };
  }
  const opening = words(text)
    .slice(0, 8)
    .join(' ')
    .replace(/[.,;:!?]$/, '');
  return {
    text: `${opening || 'Untitled'}…`,
    editorial: true,
    flags: [
      {
        name: 'no title',
        detail:
          'the source has no title: the title is a placeholder from its first words; write one (editorialTitle: true is set)',
      },
    ],
  };
}
