import { isAscii } from './ascii.ts';

/** Every quote mark, curly or straight, single or double: all become '. */
const quoteMarks = /[\u2018\u2019\u201A\u201B\u2032`\u201C\u201D\u201E\u201F\u2033"]/g;

/**
 * Folds the differences that do not change what an author wrote: curly versus straight
 * quotes (all become '), runs of whitespace, and non-breaking spaces. It runs on every block of
 * every essay page, so it makes two passes, not five, and skips NFC for ASCII text.
 */
export function normalizeForMatch(text: string): string {
  return (isAscii(text) ? text : text.normalize('NFC')).replace(quoteMarks, "'").replace(/\s+/g, ' ').trim();
}
