import type { MarkdownHeading } from 'astro';

/** One entry of the table of contents, with its h3 children. */
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Nests h3 headings under the h2 before them; other levels are left out. */
export function buildToc(headings: readonly MarkdownHeading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    const item = { slug, text, children: [] };
    if (depth === 2) toc.push(item);
    else if (depth === 3) (toc.at(-1)?.children ?? toc).push(item);
  }
  return toc;
}
