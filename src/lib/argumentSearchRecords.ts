import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** An HTML document for Pagefind to index under an explicit URL. */
export interface SearchRecord {
  url: string;
  content: string;
}

/**
 * Cuts every argument (`article[data-argument]`) out of a built topic page as a search record of
 * its own, at `pageUrl#argument-id`. Pagefind's filters and metadata belong to a whole page, so
 * indexing the topic page alone could not filter by an argument's stance; one record per argument
 * can. Ids are dropped inside the record so Pagefind does not add sub-results to a URL that already
 * ends in a fragment, and the ignore marker that keeps arguments out of the page's record is lifted.
 */
export function argumentSearchRecords(pageHtml: string, pageUrl: string): SearchRecord[] {
  const tree: Root = fromHtml(pageHtml);
  return selectAll('article[data-argument]', tree).map((section: Element) => {
    const id = String(section.properties.dataArgument);
    const copy = structuredClone(section);
    delete copy.properties.dataPagefindIgnore;
    visit(copy, 'element', (node: Element) => {
      delete node.properties.id;
    });
    const content = `<!doctype html><html lang="en"><head><title></title></head><body><article data-pagefind-body data-pagefind-filter="kind:Topic">${toHtml(copy)}</article></body></html>`;
    return { url: `${pageUrl}#${id}`, content };
  });
}
