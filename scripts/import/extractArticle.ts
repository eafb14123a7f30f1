import { Readability } from '@mozilla/readability';
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot, Nodes, RootContent } from 'mdast';
import { parseHTML } from 'linkedom';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { checkArticle } from './checkArticle.ts';
import { pageLanguage } from './pageLanguage.ts';
import { isSafeLink } from '../../src/lib/text/safeUrl.ts';

/** The article Readability (or the editor's --selector) found in a saved web page, as Markdown syntax trees. */
export interface ExtractedArticle {
  title: string;
  byline?: string;
  published?: string;
  /** The page's declared language as a BCP 47 tag, when it declares one. */
  lang?: string;
  /** The article's top-level blocks: headings, paragraphs, lists, tables, quotes, code; images still in. */
  blocks: RootContent[];
  /** The alt texts, titles and captions of the page's own <img> elements, folded for matching. */
  imageTexts: Set<string>;
}

/** How to find the article. */
export interface ExtractOptions {
  /** A CSS selector for the article, picked by hand when Readability takes the wrong part of the page. */
  selector?: string;
}

// Elements whose content is not the article's text: scripts, embeds and form controls.
const dropped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
]);

/** Removes comments and non-text elements from a hast tree, so neither reaches the Markdown. */
function dropNonText(parent: { children: HastContent[] }): void {
  parent.children = parent.children.filter(
    (node) => node.type !== 'comment' && node.type !== 'doctype' && !(node.type === 'element' && dropped.has(node.tagName)),
  );
  for (const node of parent.children) if (node.type === 'element') dropNonText(node);
}

const fold = (text: string) => normalizeForMatch(text).toLowerCase();

/** The alt text, title and caption of every <img> in the page, before Readability changes it. */
function imageTexts(document: Document): Set<string> {
  const texts = new Set<string>();
  for (const img of document.querySelectorAll('img')) {
    for (const text of [img.getAttribute('alt'), img.getAttribute('title')]) if (text?.trim()) texts.add(fold(text));
    const caption = img.closest('figure')?.querySelector('figcaption')?.textContent;
    if (caption?.trim()) texts.add(fold(caption));
  }
  return texts;
}

/** The page's visible text length: its body's text without scripts, styles and templates. */
function pageTextLength(document: Document): number {
  const body = document.body ?? document.documentElement;
  const hidden = [...body.querySelectorAll('script, style, noscript, template')].reduce(
    (sum, node) => sum + (node.textContent ?? '').replace(/\s+/g, ' ').trim().length,
    0,
  );
  return Math.max(0, (body.textContent ?? '').replace(/\s+/g, ' ').trim().length - hidden);
}

const shieldPrefix = '#import-shielded-link-';

/**
 * Readability turns javascript: links into their text without a word; the importer must report
 * every unsafe link, so each one's address is swapped for a numbered fragment that Readability
 * keeps, and restoreShieldedLinks puts the address back for sanitizeMdast to judge.
 */
function shieldUnsafeLinks(document: Document): string[] {
  const addresses: string[] = [];
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    if (isSafeLink(href)) continue;
    link.setAttribute('href', `${shieldPrefix}${addresses.length}`);
    addresses.push(href);
  }
  return addresses;
}

/** Puts back the addresses shieldUnsafeLinks swapped out. */
function restoreShieldedLinks(node: Nodes, addresses: readonly string[]): void {
  if (node.type === 'link' && node.url.startsWith(shieldPrefix)) {
    node.url = addresses[Number(node.url.slice(shieldPrefix.length))] ?? node.url;
  }
  if ('children' in node) for (const child of node.children) restoreShieldedLinks(child, addresses);
}

/** The article's HTML as Markdown blocks, comments and non-text elements removed. */
function toMarkdownBlocks(html: string, addresses: readonly string[]): RootContent[] {
  const toMarkdown = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);
  const hast = toMarkdown.parse(html) as HastRoot;
  dropNonText(hast);
  const tree = toMarkdown.runSync(hast) as MdastRoot;
  restoreShieldedLinks(tree, addresses);
  return tree.children;
}

/** Readability's reading of a page; an error inside it names the file. */
function readArticle(document: Document, file: string): ReturnType<Readability['parse']> {
  try {
    return new Readability(document).parse();
  } catch (error) {
    throw new Error(`${file}: Readability could not read this page (${(error as Error).message}); nothing was written`, {
      cause: error,
    });
  }
}

/**
 * Extracts the article of a saved web page: Readability with its default threshold over a linkedom
 * DOM, then a sanity check (checkArticle) that refuses a sign-up box or a sliver of the page; or the
 * element the editor names with `selector`. The article becomes Markdown syntax with rehype-remark.
 * Throws, naming the file, when there is no article or it is probably not the article.
 */
export function extractArticle(html: string, file: string, { selector }: ExtractOptions = {}): ExtractedArticle {
  // A saved fragment (no <html> element) gets a document around it: linkedom leaves it without one.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page) as unknown as { document: Document };
  const images = imageTexts(document);
  const pageLength = pageTextLength(document);
  const lang = pageLanguage(document);
  const addresses = shieldUnsafeLinks(document);
  let content: string;
  let metadata: { title?: string | null; byline?: string | null; publishedTime?: string | null } | null;
  if (selector) {
    let picked: Element | null;
    try {
      picked = document.querySelector(selector);
    } catch {
      throw new Error(`${file}: --selector: "${selector}" is not a valid CSS selector; nothing was written`);
    }
    if (!picked) throw new Error(`${file}: --selector: "${selector}" matches no element of the page; nothing was written`);
    content = picked.outerHTML;
    // Readability still reads the title, byline and date; the content is the editor's choice.
    metadata = readArticle(parseHTML(page).document as unknown as Document, file);
    metadata ??= { title: document.title, byline: null, publishedTime: null };
  } else {
    const article = readArticle(document, file);
    if (!article?.content?.trim() || (article.textContent ?? '').trim().length < 200) {
      throw new Error(
        `${file}: Readability found no article in this page (no block of running text); nothing was written. If the page does have one, pick it with --selector <css>`,
      );
    }
    checkArticle(article.textContent ?? '', pageLength, file);
    content = article.content;
    metadata = article;
  }
  return {
    title: metadata.title?.trim() || '',
    ...(metadata.byline?.trim() ? { byline: metadata.byline.trim() } : {}),
    ...(metadata.publishedTime?.trim() ? { published: metadata.publishedTime.trim() } : {}),
    ...(lang ? { lang } : {}),
    blocks: toMarkdownBlocks(content, addresses),
    imageTexts: images,
  };
}
