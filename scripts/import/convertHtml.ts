import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeForMatch } from '../../src/lib/normalizeForMatch.ts';
import type { Block, Flag, RemovedLine } from './blocks.ts';
import type { Conversion } from './convertText.ts';
import { matchRule, type DebrisRule, type EssayKind, type RuleMatch } from './debrisRules.ts';
import { blockToMarkdown, extractArticle } from './extractArticle.ts';
import { findTitle } from './findTitle.ts';
import { LOST_EMOJI, repairMojibake } from '../../src/lib/repairMojibake.ts';

const plain = (node: RootContent) => toString(node).replace(/\s+/g, ' ').trim();

/** The article of a saved page as plain lines, one per block or list item: what the essay must keep. */
export function articleLines(html: string, file: string): string[] {
  const { blocks } = extractArticle(repairMojibake(html).text, file);
  return blocks.flatMap((node) => (node.type === 'list' ? node.children.map(plain) : [plain(node)])).filter(Boolean);
}

/**
 * Converts a saved web page into a draft essay: Readability finds the article, its headings become
 * `##`/`###` (the highest level first), and the debris rules drop blocks and list items.
 */
export function convertHtml(html: string, file: string, rules: readonly DebrisRule[], requestedKind?: EssayKind): Conversion {
  const { text, repairs } = repairMojibake(html, { lostEmoji: LOST_EMOJI });
  const article = extractArticle(text, file);
  const kind = requestedKind ?? 'article';
  const lines = article.blocks.map((node, i) => ({ n: i + 1, text: plain(node) }));
  const title = article.title
    ? { text: article.title.replaceAll(LOST_EMOJI, '').trim(), editorial: false, flags: [] as Flag[] }
    : findTitle(lines);
  const titleKey = normalizeForMatch(title.text).toLowerCase();
  const depths = [...new Set(article.blocks.flatMap((node) => (node.type === 'heading' ? [node.depth] : [])))].sort();
  const removed: RemovedLine[] = [];
  const flags: Flag[] = [...title.flags];
  const blocks: Block[] = [];
  const frontmatter: { author?: string; published?: string } = {};
  if (article.byline) frontmatter.author = article.byline;
  if (article.published) frontmatter.published = article.published;
  let furniture: string | undefined;
  /** Applies the rules to one line; true when the line stays. */
  const keep = (n: number, line: string): boolean => {
    if (furniture) {
      removed.push({ n, text: line, rule: furniture });
      return false;
    }
    const match: RuleMatch | undefined = matchRule(line, rules, kind);
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
  for (const [i, node] of article.blocks.entries()) {
    const n = i + 1;
    const line = lines[i]!.text;
    if (!line) continue;
    if (i < 3 && normalizeForMatch(line).toLowerCase() === titleKey) {
      removed.push({ n, text: line, rule: 'duplicate title' });
      continue;
    }
    if (node.type === 'list') {
      const items = node.children.filter((item) => keep(n, plain(item)));
      if (items.length) blocks.push({ type: 'markdown', text: blockToMarkdown({ ...node, children: items } as List), n });
    } else if (keep(n, line)) {
      blocks.push(
        node.type === 'heading'
          ? { type: 'heading', depth: depths.indexOf(node.depth) === 0 ? 2 : 3, text: line, added: false, n }
          : { type: 'markdown', text: blockToMarkdown(node), n },
      );
    }
  }
  if (blocks.findIndex((block) => block.type === 'heading') > 0) {
    blocks.unshift({ type: 'heading', depth: 2, text: 'Introduction', added: true });
  }
  if (article.imagesDropped) {
    flags.push({
      name: 'images dropped',
      detail: `${article.imagesDropped} image(s) left out: the site loads nothing from other origins`,
    });
  }
  return { title: title.text, editorialTitle: title.editorial, kind, ...frontmatter, blocks, removed, flags, repairs };
}
