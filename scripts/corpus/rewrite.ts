// How a generated essay's text differs from the real essay it is made from: a seeded share of its
// words are swapped for made-up ones, and sentences from the real essays are added to its paragraphs.
import { hashString, pick } from './random.ts';

/** Rewrites text the same way every time for one essay, so a quote rewritten alone still matches its rewritten paragraph. */
export type Rewriter = (text: string) => string;

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/**
 * Swaps about `rate` of the distinct words of four or more letters for vocabulary words cut to the
 * same length or shorter. The choice depends only on the word and the seed, never on its place, so any substring of a text that starts
 * and ends on word boundaries is rewritten exactly as it is inside the whole text.
 */
export function wordSwapper(vocabulary: readonly string[], seed: number, rate = 0.25): Rewriter {
  return (text) =>
    text.replace(/[A-Za-z]{4,}/g, (word) => {
      const hash = hashString(word.toLowerCase(), seed);
      if (hash % 1000 >= rate * 1000) return word;
      // No longer than the word it replaces, so quotes stay within the schema's length limit.
      return matchCase(word, vocabulary[Math.floor(hash / 1000) % vocabulary.length]!.slice(0, word.length));
    });
}

/** Sentences of plain text that are safe to add to MDX: no markup, braces or angle brackets. */
export function sentencePool(paragraphs: readonly string[]): string[] {
  return paragraphs
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 40 && sentence.length <= 240 && /^[A-Z][^<>{}[\]*_#\\|`]*[.!?]$/.test(sentence));
}

const heading = /^#{1,6}\s/;
const component = /^<[A-Z]/;

function isText(line: string | undefined): line is string {
  const trimmed = line?.trim() ?? '';
  return trimmed !== '' && !heading.test(trimmed) && !component.test(trimmed) && !/^(?:-{3,}|\*{3,}|_{3,})$/.test(trimmed);
}

/**
 * Rewrites an essay's MDX body: headings and component lines stay as they are (so section ids do
 * not change), text lines go through `swap`, and paragraphs and list items gain sentences from
 * `pool` at their end, where no quote of the real essay can be cut in two. Some paragraphs are
 * followed by a new paragraph of pooled sentences.
 */
export function rewriteBody(body: string, swap: Rewriter, pool: readonly string[], random: () => number): string {
  const lines = body.split('\n');
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (!isText(line)) {
      out.push(line);
      return;
    }
    const next = lines[index + 1];
    const isItem = /^\s*(?:[-*+]|\d+\.)\s+/.test(line);
    const endsParagraph = isItem || next === undefined || next.trim() === '';
    // MDX components inside a line (<LostEmoji count={2} />) keep their names.
    let text = line
      .split(/(<[A-Z][^>]*\/>)/)
      .map((part) => (part.startsWith('<') ? part : swap(part)))
      .join('');
    if (endsParagraph && random() < 0.6) text += ` ${swap(pick(pool, random))}`;
    out.push(text);
    if (endsParagraph && !isItem && random() < 0.3) {
      const added = Array.from({ length: 2 + Math.floor(random() * 2) }, () => swap(pick(pool, random)));
      out.push('', added.join(' '));
    }
  });
  return out.join('\n');
}
