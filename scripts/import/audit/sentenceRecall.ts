import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** Letters and digits only, lower-cased: what two renderings of one sentence share whatever their markup. */
export function foldForRecall(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The sentences of an article's HTML with at least `minWords` words: paragraphs, list items, headings, cells, code. */
export function expectedSentences(html: string, minWords = 4): string[] {
  const tree = fromHtml(html, { fragment: true });
  const blocks = selectAll('p, li, h1, h2, h3, h4, h5, h6, td, th, pre, dd, dt', tree)
    // A block inside another selected block is counted by its container.
    .filter(
      (node) => node.tagName === 'pre' || !selectAll('p, li, td, th, pre, dd', { type: 'root', children: node.children }).length,
    )
    .map((node) => toText(node).replace(/\s+/g, ' ').trim());
  // Chinese and Japanese end sentences with 。！？ and put no spaces between words: such a sentence
  // counts by its characters (ten for four words).
  return blocks
    .flatMap((block) => block.split(/(?<=[.!?…])\s+|(?<=[。！？])/))
    .filter((sentence) => {
      const words = sentence.split(/\s+/).length;
      return foldForRecall(sentence) && (words >= minWords || (words < 2 && foldForRecall(sentence).length >= minWords * 2.5));
    });
}

/**
 * The share of the expected article's sentences that a draft's text holds, letter for letter
 * (markup, spaces and punctuation aside), with the sentences it misses.
 */
export function sentenceRecall(expectedHtml: string, draftText: string): { recall: number; missing: string[] } {
  const sentences = expectedSentences(expectedHtml);
  if (!sentences.length) return { recall: Number.NaN, missing: [] };
  const draft = foldForRecall(draftText);
  const missing = sentences.filter((sentence) => !draft.includes(foldForRecall(sentence)));
  return { recall: 1 - missing.length / sentences.length, missing };
}
