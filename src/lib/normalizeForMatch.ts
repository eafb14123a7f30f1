const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032`]/g;
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033]/g;

/**
 * Folds the differences that do not change what an author wrote: curly versus straight
 * quotes (all become '), runs of whitespace, and non-breaking spaces.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, "'")
    .replace(/"/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
