/**
 * The forum thread was scraped through a Greek code page: every curly quote or apostrophe
 * became "β", and each emoji became "π€π" or "ππ". Emoji cannot be recovered, so they map to
 * nothing; quotes become the curly quote their position implies.
 */
export function repairMojibake(text: string): string {
  return text
    .replace(/π€π|ππ/g, '')
    .replace(/(^|[\s(])β/g, '$1\u201C')
    .replace(/(\p{L})β(?=\p{L})/gu, '$1\u2019')
    .replace(/β/g, '\u2019');
}
