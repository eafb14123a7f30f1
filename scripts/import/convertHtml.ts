import type { List, Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import {
  LOST_EMOJI,
  mojibakeSignature,
  noRepairs,
  repairMojibake,
  type MojibakeSignature,
  type RepairCounts,
} from '../../src/lib/text/repairMojibake.ts';
import type { Block, Flag, RemovedLine } from './blocks.ts';
import type { Conversion } from './convertText.ts';
import {
  matchRule,
  maxDebrisWords,
  tooLongToRemove,
  type DebrisRule,
  type LineContext,
  type RuleMatch,
} from '../../src/lib/source/debrisRules.ts';
import type { EssayKind } from '../../src/lib/model/essayKind.ts';
import { extractArticle, type ExtractOptions } from './extractArticle.ts';
import { findTitle } from './findTitle.ts';
import { writeMarkdown } from './writeMarkdown.ts';

// An image's alt text is not text of the page: the alt-text rule compares it, the source view leaves it out.
const plain = (node: Nodes) => toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
const fold = (text: string) => normalizeForMatch(text).toLowerCase();

/** Where the debris rules read a block: running text, or inside a list, table, quote or code. */
function contextOf(node: RootContent): LineContext {
  switch (node.type) {
    case 'list':
    case 'table':
    case 'blockquote':
    case 'code':
      return node.type;
    default:
      return 'text';
  }
}

/**
 * A block as the lines extraction saw: one per list item, one per table row (cells joined by " | "),
 * one per line of code, one for any other block. These are the lines the source view shows.
 */
export function blockLines(node: RootContent): string[] {
  if (node.type === 'list') return node.children.map(plain);
  if (node.type === 'table') return node.children.map((row) => row.children.map(plain).join(' | '));
  if (node.type === 'code') return node.value.split('\n').map((line) => line.replace(/\s+$/, ''));
  return [plain(node)];
}

/** True when a node is or holds an image. */
function holdsImage(node: Nodes | undefined): boolean {
  if (!node) return false;
  if (node.type === 'image' || node.type === 'imageReference') return true;
  return 'children' in node && node.children.some(holdsImage);
}

/**
 * True when the block at `index` holds an image or sits within two blocks of one (an image, its
 * caption, its alt text kept as a line): where an image's alt text or caption can stand. The
 * alt-text rule reads only such paragraphs, never a heading, a list, a table, a quote or code.
 */
function nearImage(blocks: readonly RootContent[], index: number): boolean {
  return blocks.slice(Math.max(0, index - 2), index + 3).some(holdsImage);
}

/** Repairs mojibake in every text node of a block, where the page's signature shows it; adds to `counts`. */
function repairBlock(node: Nodes, signature: MojibakeSignature, counts: RepairCounts): void {
  if (node.type === 'text') {
    const { text, repairs } = repairMojibake(node.value, { lostEmoji: LOST_EMOJI, signature });
    node.value = text;
    for (const [family, count] of Object.entries(repairs)) counts[family as keyof RepairCounts] += count;
  } else if ('children' in node) {
    for (const child of node.children) repairBlock(child, signature, counts);
  }
}

/** The lines extraction saw in a saved page, unrepaired, one per block or item: the source view's text. */
export function extractedLines(html: string, file: string, options: ExtractOptions = {}): string[] {
  return extractArticle(html, file, options).blocks.flatMap(blockLines);
}

/**
 * Converts a saved web page into a draft essay: Readability (or --selector) finds the article, its
 * headings become `##`/`###` (the highest level first), mojibake is repaired where the page shows
 * its signature, the debris rules drop running-text blocks (and list items, table rows, quotes or
 * code only where a rule names them), and a paragraph next to an image that repeats an <img>'s
 * alt text or caption goes.
 */
export function convertHtml(
  html: string,
  file: string,
  rules: readonly DebrisRule[],
  requestedKind?: EssayKind,
  options: ExtractOptions = {},
): Conversion {
  const article = extractArticle(html, file, options);
  const kind = requestedKind ?? 'article';
  const viewLines = article.blocks.flatMap(blockLines);
  const signature = mojibakeSignature(viewLines.join('\n'));
  const repairs = noRepairs();
  const titleText = repairMojibake(article.title, { signature }).text.trim();
  // Line numbers are those of the source view: each block starts where the previous one's lines end.
  const starts: number[] = [];
  article.blocks.reduce((line, node, i) => {
    starts[i] = line;
    return line + blockLines(node).length;
  }, 1);
  for (const node of article.blocks) repairBlock(node, signature, repairs);
  const lines = article.blocks.map((node, i) => ({ n: starts[i]!, text: plain(node) }));
  const title = titleText ? { text: titleText, editorial: false, flags: [] as Flag[] } : findTitle(lines);
  const titleKey = fold(title.text);
  const depths = [...new Set(article.blocks.flatMap((node) => (node.type === 'heading' ? [node.depth] : [])))].sort();
  const removed: RemovedLine[] = [];
  const flags: Flag[] = [...title.flags];
  const blocks: Block[] = [];
  const frontmatter: { author?: string; published?: string } = {};
  if (article.byline) frontmatter.author = article.byline;
  if (article.published) frontmatter.published = article.published;
  let furniture: string | undefined;
  /** Applies the rules to one line in its context; true when the line stays. */
  const keep = (n: number, line: string, context: LineContext, nearImage = false): boolean => {
    if (furniture) {
      removed.push({ n, text: line, rule: furniture });
      return false;
    }
    if (nearImage && article.imageTexts.has(fold(line))) {
      removed.push({
        n,
        text: line,
        rule: 'image alt text or caption (the same words as an <img> of the page)',
        reason: 'the alt text or caption of an image of the page, not the authors’ running text',
      });
      return false;
    }
    const match: RuleMatch | undefined = matchRule(line, rules, kind, { context, format: 'html' });
    if (match?.rule.action === 'remove' && tooLongToRemove(line)) {
      flags.push({ name: match.rule.name, detail: `matched a paragraph of more than ${maxDebrisWords} words: kept`, n });
      return true;
    }
    if (match?.rule.action === 'remove') {
      removed.push({ n, text: line, rule: match.rule.name });
      frontmatter.author ??= match.groups.author;
      frontmatter.published ??= match.groups.published;
      if (match.rule.untilEnd) furniture = `${match.rule.name} (follows "${line}")`;
      return false;
    }
    if (match) flags.push({ name: match.rule.name, detail: 'possibly debris: kept', n });
    return true;
  };
  const write = (node: RootContent, n: number) => {
    const { markdown, warnings } = writeMarkdown([node]);
    for (const warning of warnings) flags.push({ name: warning.name, detail: warning.detail, n });
    if (markdown) blocks.push({ type: 'markdown', text: markdown, n });
  };
  for (const [i, node] of article.blocks.entries()) {
    const n = starts[i]!;
    const line = lines[i]!.text;
    if (!line && node.type !== 'thematicBreak' && !holdsImage(node)) continue;
    if (line && i < 3 && fold(line) === titleKey) {
      removed.push({ n, text: line, rule: 'duplicate title' });
      continue;
    }
    const context = contextOf(node);
    if (node.type === 'list') {
      const items = node.children.filter((item, j) => keep(n + j, plain(item), 'list'));
      if (items.length) write({ ...node, children: items } as List, n);
    } else if (keep(n, line, context, node.type === 'paragraph' && nearImage(article.blocks, i))) {
      if (node.type === 'heading') {
        blocks.push({ type: 'heading', depth: depths.indexOf(node.depth) === 0 ? 2 : 3, text: line, added: false, n });
      } else {
        write(node, n);
      }
    }
  }
  if (blocks.findIndex((block) => block.type === 'heading') > 0) {
    blocks.unshift({ type: 'heading', depth: 2, text: 'Introduction', added: true });
  }
  return {
    title: title.text,
    editorialTitle: title.editorial,
    kind,
    ...frontmatter,
    ...(article.lang ? { lang: article.lang } : {}),
    blocks,
    removed,
    flags,
    repairs,
    viewLines,
  };
}
