const wordsPerMinute = 230;

/** Minutes an adult reader needs for the text, rounded up, at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
