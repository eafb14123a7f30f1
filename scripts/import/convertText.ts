import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import type { Block, Flag, RemovedLine, SourceLine } from './blocks.ts';
import { matchRule, maxDebrisWords, tooLongToRemove, type DebrisRule } from '../../src/lib/source/debrisRules.ts';
import type { EssayKind } from '../../src/lib/model/essayKind.ts';
import { LOST_EMOJI, repairMojibake, type RepairCounts } from '../../src/lib/text/repairMojibake.ts';
import { restoreStructure, type StructureItem } from './restoreStructure.ts';
import { findTitle } from './findTitle.ts';
import { neutralizeLinks } from './neutralizeLinks.ts';

const bulleted = /^\s*(?:[*•·‣◦▪–-]\s+|\d+\.\s+)/;

/** What the importer made of a source, before anything is written. */
export interface Conversion {
  title: string;
  /** True when the source has no title and the one above is a placeholder. */
  editorialTitle: boolean;
  kind: EssayKind;
  author?: string;
  published?: string;
  blocks: Block[];
  removed: RemovedLine[];
  flags: Flag[];
  repairs: RepairCounts;
  /** The page's declared language (BCP 47), for a saved web page that declares one. */
  lang?: string;
  /** For a saved web page: the lines extraction saw, unrepaired, which the source view shows. */
  viewLines?: string[];
}

/** The text's kind: the one asked for, or a forum thread when a forum rule matches a line. */
function detectKind(lines: SourceLine[], rules: readonly DebrisRule[]): EssayKind {
  const forumRules = rules.filter((rule) => rule.forum);
  return lines.some((line) => matchRule(line.text, forumRules, undefined)) ? 'forum-thread' : 'article';
}

/**
 * Converts a scraped text (one paragraph, heading or list item per line) into a draft essay:
 * repairs mojibake, finds the title, drops debris by the rules, restores the structure.
 */
export function convertText(source: string, rules: readonly DebrisRule[], requestedKind?: EssayKind): Conversion {
  const { text, repairs } = repairMojibake(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { lostEmoji: LOST_EMOJI });
  const lines = text
    .split('\n')
    .map((line, i) => ({ n: i + 1, text: line.trim() }))
    .filter((line) => line.text.replaceAll(LOST_EMOJI, '').trim());
  const kind = requestedKind ?? detectKind(lines, rules);
  const title = findTitle(lines);
  const removed: RemovedLine[] = [];
  const flags: Flag[] = [...title.flags];
  const items: StructureItem[] = [];
  const frontmatter: { author?: string; published?: string } = {};
  const titleKey = normalizeForMatch(title.text).toLowerCase();
  let furniture: string | undefined;
  for (const [i, line] of lines.entries()) {
    if (title.consumedLine === line.n) continue;
    if (furniture) {
      removed.push({ ...line, rule: furniture });
      continue;
    }
    if (i < 10 && normalizeForMatch(line.text).toLowerCase() === titleKey) {
      removed.push({ ...line, rule: 'duplicate title' });
      continue;
    }
    const match = matchRule(line.text, rules, kind, { context: bulleted.test(line.text) ? 'list' : 'text', format: 'text' });
    if (match?.rule.action === 'flag' || (match && tooLongToRemove(line.text))) {
      const detail =
        match.rule.action === 'flag' ? 'possibly debris: kept' : `matched a line of more than ${maxDebrisWords} words: kept`;
      flags.push({ name: match.rule.name, detail, n: line.n });
      const safe = neutralizeLinks(line.text);
      for (const warning of safe.warnings) flags.push({ name: warning.name, detail: warning.detail, n: line.n });
      items.push({ ...line, text: safe.text, flagged: true });
      continue;
    } else if (match) {
      removed.push({ ...line, rule: match.rule.name });
      frontmatter.author ??= match.groups.author;
      frontmatter.published ??= match.groups.published;
      if (match.rule.untilEnd) furniture = `${match.rule.name} (follows "${line.text}")`;
      if (match.rule.endsPost) {
        const replies = match.groups.replies === undefined ? undefined : Number(match.groups.replies);
        items.push(replies === undefined ? { postBreak: true } : { postBreak: true, replies });
      }
      continue;
    }
    const safe = neutralizeLinks(line.text);
    for (const warning of safe.warnings) flags.push({ name: warning.name, detail: warning.detail, n: line.n });
    items.push({ ...line, text: safe.text });
  }
  const structure = restoreStructure(items, kind);
  return {
    title: title.text,
    editorialTitle: title.editorial,
    kind,
    ...frontmatter,
    blocks: structure.blocks,
    removed: [...removed, ...structure.removed].sort((a, b) => a.n - b.n),
    flags: [...flags, ...structure.flags],
    repairs,
  };
}
