import { essayUrl, sectionUrl, siteBase } from './routes.ts';

const fragmentWords = 6;

/** Encodes text for a URL text fragment, where "-", "&" and "," have a meaning of their own. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * Link to the exact passage of a citation: the section anchor, plus a text fragment with the
 * quote's first words so that browsers which support it highlight the quote. Browsers that do
 * not simply scroll to the section.
 */
export function citationHref(essayId: string, sectionId: string, quote: string, base = siteBase): string {
  const start = quote.trim().split(/\s+/).slice(0, fragmentWords).join(' ');
  return `${sectionUrl(essayUrl(essayId, base), sectionId)}:~:text=${encodeFragmentText(start)}`;
}
