import { shortenText } from '../text/shortenText.ts';
import { siteName } from './pageWords.ts';

/** Longest title that search results and link previews show whole. */
export const maxTitleLength = 70;

// Below this many characters a shortened subject says too little to be worth the context beside it.
const minSubjectLength = 24;

/**
 * A page's `<title>`: "Subject — Context · Open Models Debate", at most 70 characters. The subject is
 * shortened at a word boundary to make room; the context (such as the topic) goes only when even a
 * short subject would not fit beside it. The home page's subject is the site name itself. A page
 * with a short name (an essay's shortTitle) is titled by it when its full subject would be cut, so
 * a tab never ends mid-phrase.
 */
export function pageTitle(subject: string, context?: string, shortName?: string): string {
  if (subject === siteName) return siteName;
  const tail = ` · ${siteName}`;
  if (shortName && subject.length + tail.length > maxTitleLength) return pageTitle(shortName, context);
  const withContext = context ? ` — ${context}${tail}` : tail;
  const room = maxTitleLength - withContext.length;
  if (context && room >= minSubjectLength) return `${shortenText(subject, room)}${withContext}`;
  return `${shortenText(subject, maxTitleLength - tail.length)}${tail}`;
}
