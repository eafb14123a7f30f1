import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import type { Block, Flag, RemovedLine, SourceLine } from './blocks.ts';
import type { EssayKind } from '../../src/lib/model/essayKind.ts';
import { LOST_EMOJI } from '../../src/lib/text/repairMojibake.ts';

/** A kept line, or the point where a forum post ends (a "Login to reply" or "Replies (3)" line). */
export type StructureItem = SourceLine | { postBreak: true; replies?: number };

/** What restoring the structure made of the kept lines. */
export interface Structure {
  blocks: Block[];
  /** Lines dropped here: image alt text that repeats a heading. */
  removed: RemovedLine[];
  flags: Flag[];
}

const bullet = /^\s*[*•·‣◦▪–-]\s+(.*)$/;
const thematicBreak = /^\s*(?:\*{3,}|-{3,}|_{3,})\s*$/;
const boldLead = /^\*\*([^*]+)\*\*$/;
const faqHeading = /\b(?:faqs?|frequently asked questions|questions and answers|q ?& ?a)\b/i;
const finalPunctuation = /[.!?…:;,"'”’)\]]$/;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Short, no final punctuation, starting with a capital: a heading the scrape flattened to a line. */
function looksLikeHeading(text: string): boolean {
  return (
    words(text) <= 12 &&
    text.length <= 100 &&
    !finalPunctuation.test(text) &&
    /^[\p{Lu}\d]/u.test(text) &&
    !text.includes(LOST_EMOJI)
  );
}

/** One question on a line of its own, as FAQ sections list them. */
function looksLikeQuestion(text: string): boolean {
  return text.endsWith('?') && words(text) <= 20 && !/[.!?]\s/.test(text);
}

/** A long line that stops without final punctuation: the scrape cut it off mid-sentence. */
export function endsMidSentence(text: string): boolean {
  return words(text) >= 8 && /[\p{L}\d,]$/u.test(text);
}

/** Blocks for a line that is a list item, a thematic break, a `**bold:**` lead or a paragraph. */
function lineBlock(line: SourceLine): Block {
  if (thematicBreak.test(line.text)) return { type: 'break' };
  const lead = boldLead.exec(line.text);
  if (lead) return { type: 'heading', depth: 3, text: lead[1]!.trim(), added: false, n: line.n };
  const item = bullet.exec(line.text);
  if (item) return { type: 'listItem', text: item[1]!.trim(), n: line.n };
  return { type: 'paragraph', text: line.text, n: line.n };
}

/** Sections with more than three paragraphs: the source may have lost headings there. */
function longSections(blocks: readonly Block[]): Flag[] {
  const flags: Flag[] = [];
  let heading: Extract<Block, { type: 'heading' }> | undefined;
  let paragraphs = 0;
  const check = () => {
    if (heading && paragraphs > 3) {
      const detail = `${paragraphs} paragraphs under "${heading.text}": consider headings of our own (list them under addedHeadings)`;
      flags.push({ name: 'long section', detail, n: heading.n });
    }
  };
  for (const block of blocks) {
    if (block.type === 'heading' && block.depth === 2) {
      check();
      heading = block;
      paragraphs = 0;
    } else if (block.type === 'paragraph') paragraphs += 1;
  }
  check();
  return flags;
}

/**
 * An article's structure: short lines without final punctuation become `##` headings, questions
 * under an FAQ heading `###`, `**bold:**` lead lines `###`, bullets a list. A line repeating a
 * heading is the alt text of an image under it and is removed. Text before the first heading gets
 * an added "Introduction" heading.
 */
function restoreArticle(lines: SourceLine[]): Structure {
  const blocks: Block[] = [];
  const removed: RemovedLine[] = [];
  const flags: Flag[] = [];
  const headings = new Set<string>();
  let inFaq = false;
  for (const line of lines) {
    const text = line.text;
    if (!line.flagged && !bullet.test(text) && looksLikeHeading(text)) {
      if (headings.has(normalizeForMatch(text).toLowerCase())) {
        removed.push({
          n: line.n,
          text,
          rule: 'repeated heading (image alt text or caption)',
          reason: 'a repeat of a heading above it, left by an image’s alt text or caption',
        });
        continue;
      }
      headings.add(normalizeForMatch(text).toLowerCase());
      inFaq = faqHeading.test(text);
      blocks.push({ type: 'heading', depth: 2, text, added: false, n: line.n });
    } else if (inFaq && looksLikeQuestion(text)) {
      blocks.push({ type: 'heading', depth: 3, text, added: false, n: line.n });
    } else {
      const block = lineBlock(line);
      blocks.push(block);
      if (block.type === 'paragraph' && endsMidSentence(text)) {
        flags.push({
          name: 'ends mid-sentence',
          detail: 'the line stops without final punctuation; the source may be cut off',
          n: line.n,
        });
      }
    }
  }
  flags.push(...longSections(blocks));
  const firstHeading = blocks.findIndex((block) => block.type === 'heading');
  if (firstHeading > 0) blocks.unshift({ type: 'heading', depth: 2, text: 'Introduction', added: true });
  return { blocks, removed, flags };
}

/**
 * A forum thread's structure: one `##` section per post ("Original post", "Reply 1", …), each with
 * a <Byline /> because scrapes keep no handles. The opening post ends at a "Login to reply" or
 * "Replies (n)" line; replies have no separator, so a reply is taken to end after a line that ends
 * in a lost emoji (a sign-off) or stops mid-sentence (cut off, marked <Truncated />). The report
 * flags those guesses.
 */
function restoreForumThread(items: StructureItem[]): Structure {
  const posts: Block[][] = [[]];
  const flags: Flag[] = [];
  let declaredReplies: number | undefined;
  let inReplies = false;
  const current = () => posts[posts.length - 1]!;
  const endPost = () => {
    if (current().length) posts.push([]);
  };
  for (const item of items) {
    if ('postBreak' in item) {
      declaredReplies ??= item.replies;
      inReplies = true;
      endPost();
      continue;
    }
    current().push(lineBlock(item));
    if (endsMidSentence(item.text)) {
      current().push({ type: 'component', name: 'Truncated' });
      flags.push({ name: 'truncated post', detail: 'the post stops mid-sentence: <Truncated /> added after it', n: item.n });
      endPost();
    } else if (inReplies && item.text.endsWith(LOST_EMOJI)) {
      endPost();
    }
  }
  if (!current().length) posts.pop();
  const blocks = posts.flatMap((post, i): Block[] => [
    { type: 'heading', depth: 2, text: i === 0 ? 'Original post' : `Reply ${i}`, added: true },
    { type: 'component', name: 'Byline' },
    ...post,
  ]);
  flags.push({ name: 'bylines', detail: 'no author handles in the source: <Byline /> added under each post heading' });
  const found = posts.length - 1;
  flags.push({
    name: 'reply breaks',
    detail:
      declaredReplies === undefined
        ? `${found} replies found; the source does not say how many there are: check where each reply starts`
        : `${found} replies found where the source says ${declaredReplies}${found === declaredReplies ? '' : ' (they differ)'}: check where each reply starts`,
  });
  return { blocks, removed: [], flags };
}

/** Restores headings, lists and (for forum threads) posts from the kept lines of a scraped text. */
export function restoreStructure(items: StructureItem[], kind: EssayKind): Structure {
  if (kind === 'forum-thread') return restoreForumThread(items);
  return restoreArticle(items.filter((item): item is SourceLine => !('postBreak' in item)));
}
