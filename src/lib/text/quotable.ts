/** The longest quote a citation may hold, in characters: the schema's limit, and the coverage report's. */
export const maxQuoteLength = 320;

/** A paragraph's opening sentences, word for word, within a citation's maxQuoteLength characters. */
export function quotable(text: string): string {
  if (text.length <= maxQuoteLength) return text;
  let quote = '';
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (`${quote} ${sentence}`.trim().length > maxQuoteLength) break;
    quote = `${quote} ${sentence}`.trim();
  }
  return quote || text.slice(0, maxQuoteLength).replace(/\s+\S*$/, '');
}
