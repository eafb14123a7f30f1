/** An HTML document for Pagefind to index under an explicit URL. */
export interface SearchRecord {
  url: string;
  content: string;
}

/** The label before an argument's keywords in its record; the search UI cuts excerpts there. */
export const keywordsLabel = 'Keywords:';

// Our own markup (ArgumentItem.astro): an argument is one <article class="argument"> holding no
// other <article>, so its end is the first </article> after its start. Slicing the string keeps
// the index step fast; a full HTML parse of every topic page cost more than the rest of indexing.
const argumentPattern = /<article class="argument" data-argument="([a-z0-9-]+)"([^>]*)>[\s\S]*?<\/article>/g;
const keywordsPattern = / data-keywords="([a-z0-9 -]*)"/;

/**
 * Cuts every argument out of a built topic page as a search record of its own, at
 * `pageUrl#argument-id`. Pagefind's filters and metadata belong to a whole page, so indexing the
 * topic page alone could not filter by an argument's stance; one record per argument can. Ids are
 * dropped inside the record so Pagefind does not add sub-results to a URL that already ends in a
 * fragment, and the ignore marker that keeps arguments out of the page's own record is lifted.
 * The argument's keywords (its data-keywords attribute, never shown on the page) become a last
 * paragraph of the record, so readers' own words find it.
 */
export function argumentSearchRecords(pageHtml: string, pageUrl: string): SearchRecord[] {
  return [...pageHtml.matchAll(argumentPattern)].map(([argument, id, attributes]) => {
    const keywords = keywordsPattern.exec(attributes ?? '')?.[1]?.trim();
    const keywordText = keywords ? `<p>${keywordsLabel} ${keywords.split(/\s+/).join(', ')}</p>` : '';
    const body = argument
      .replace(' data-pagefind-ignore="all"', '')
      .replace(/ id="[^"]*"/g, '')
      .replace(/<\/article>$/, `${keywordText}</article>`);
    const content = `<!doctype html><html lang="en"><head><title></title></head><body><article data-pagefind-body data-pagefind-filter="kind:Argument">${body}</article></body></html>`;
    return { url: `${pageUrl}#${id}`, content };
  });
}
