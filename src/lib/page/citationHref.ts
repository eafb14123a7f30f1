import { essayUrl, sectionUrl, siteBase } from './routes.ts';
import { chooseTextFragment, textDirective, type PageText } from '../text/textFragment.ts';

/**
 * Link to the exact passage of a citation: the section anchor, plus a text fragment
 * (`text=start,end`) whose words are chosen against the essay page's text so that supporting
 * browsers mark the whole quote and nothing else. Browsers that do not support text fragments
 * simply scroll to the section, as all do when the quote also occurs earlier on the page.
 */
export function citationHref(essayId: string, sectionId: string, quote: string, page: PageText, base = siteBase): string {
  const from = page.sectionStarts[sectionId];
  if (from === undefined) throw new Error(`citationHref: essay "${essayId}" has no section "${sectionId}" in its page text.`);
  const section = sectionUrl(essayUrl(essayId, base), sectionId);
  const terms = chooseTextFragment(quote, page.blocks, from);
  return terms ? `${section}:~:${textDirective(terms)}` : section;
}
