import { Readability } from '@mozilla/readability';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { parseHTML } from 'linkedom';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** The article Readability found in a saved web page, as Markdown syntax trees. */
export interface ExtractedArticle {
  title: string;
  byline?: string;
  published?: string;
  /** The article's top-level blocks: headings, paragraphs, lists, block quotes. */
  blocks: RootContent[];
  /** Images dropped: a remote image would break the site's no-other-origin policy. */
  imagesDropped: number;
}

/** remark-stringify settings for MDX: `{`, `}` and `<` are escaped so MDX reads them as text. */
export const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  unsafe: [{ character: '{' }, { character: '}' }, { character: '<' }],
};

/**
 * Extracts the article of a saved web page with Readability over a linkedom DOM, then turns it into
 * Markdown syntax with rehype-remark, keeping headings, lists, block quotes and emphasis. Throws when
 * Readability finds no article.
 */
export function extractArticle(html: string, file: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const content = article?.content?.trim();
  if (!article || !content || (article.textContent ?? '').trim().length < 200) {
    throw new Error(`${file}: Readability found no article in this page (no block of running text); nothing was written`);
  }
  const toMarkdown = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);
  const tree = toMarkdown.runSync(toMarkdown.parse(content)) as MdastRoot;
  let imagesDropped = 0;
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'image' && node.type !== 'imageReference') || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    imagesDropped += 1;
    return [SKIP, index];
  });
  // A paragraph that held only an image is empty now.
  tree.children = tree.children.filter((node) => node.type !== 'paragraph' || node.children.length > 0);
  return {
    title: article.title?.trim() || '',
    ...(article.byline?.trim() ? { byline: article.byline.trim() } : {}),
    ...(article.publishedTime?.trim() ? { published: article.publishedTime.trim() } : {}),
    blocks: tree.children,
    imagesDropped,
  };
}

/** One Markdown block as MDX-safe Markdown text. */
export function blockToMarkdown(node: RootContent): string {
  return unified()
    .use(remarkStringify, stringifyOptions)
    .stringify({ type: 'root', children: [node] } as MdastRoot)
    .trim();
}
