/** Phrases of page furniture that Readability can take for an article when it is the largest block of text. */
const furniture: { name: string; test: RegExp }[] = [
  {
    name: 'a newsletter sign-up box',
    test: /\b(?:sign up|subscribe|newsletter|your (?:e-?mail|inbox)|e-?mail address|unsubscribe)\b/gi,
  },
  {
    name: 'a cookie notice',
    test: /\b(?:cookies?|consent|privacy (?:policy|settings)|accept all|manage (?:preferences|settings))\b/gi,
  },
  {
    name: 'a comment form',
    test: /\b(?:leave a (?:reply|comment)|post (?:a )?comment|your email address will not be published|required fields|log in to comment|cancel reply)\b/gi,
  },
];

/** The smallest share of the page's visible text an article may be; real articles in the audit go down to 15%. */
export const minimumShare = 0.1;

/** What furniture an article's text looks like, if it is short and made mostly of such phrases. */
export function furnitureKind(text: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > 250) return undefined;
  for (const { name, test } of furniture) {
    const hits = text.match(test)?.length ?? 0;
    // Two phrases in a short text, or one in every forty words: a box about the site, not an article.
    if (hits >= 2 && hits * 40 >= words) return name;
  }
  return undefined;
}

/**
 * Refuses an article that is probably not the article: a small share of the page's visible text,
 * or a short text that reads like a sign-up box, a cookie notice or a comment form. The message
 * says what was found and names --selector, which picks the article by hand.
 */
export function checkArticle(articleText: string, pageLength: number, file: string): void {
  const text = articleText.replace(/\s+/g, ' ').trim();
  const hint =
    'nothing was written. If the page has an article, pick it by hand with --selector <css> (for example --selector "main article")';
  const kind = furnitureKind(text);
  if (kind) {
    throw new Error(`${file}: the part Readability took for the article looks like ${kind} ("${text.slice(0, 80)}…"); ${hint}`);
  }
  if (pageLength > 0 && text.length / pageLength < minimumShare) {
    const share = Math.round((text.length / pageLength) * 100);
    throw new Error(
      `${file}: the part Readability took for the article is only ${share}% of the page's text (${text.length} of ${pageLength} characters), so it is probably not the article; ${hint}`,
    );
  }
}
