import { stringify } from 'yaml';
import type { Block } from './blocks.ts';
import type { EssayKind } from '../../src/lib/model/essayKind.ts';
import { LOST_EMOJI } from '../../src/lib/text/repairMojibake.ts';

/** The frontmatter the importer fills in, in the order it is written. */
export interface DraftFrontmatter {
  title: string;
  shortTitle: string;
  kind: EssayKind;
  lang?: string;
  source: string;
  order: number;
  editorialTitle?: boolean;
  author?: string;
  published?: string;
  draft: true;
  addedHeadings: string[];
  /** Removed lines: the line, or the line with why when no debris rule says it (RemovedLine.reason). */
  removed: (string | { line: string; reason: string })[];
}

/**
 * Escapes what MDX or Markdown would read as syntax in a line of the authors' text: `{`, `}`, `<`
 * and `&` (a character reference), emphasis markers, block markers, a line that Markdown would
 * read as a link reference definition, and a leading import/export
 * (an ES module line to MDX), whose first letter becomes a character reference.
 */
export function escapeMdx(text: string): string {
  return text
    .replace(/[\\{}<&]/g, '\\$&')
    .replace(
      /^(\s*)([ie])(mport|xport)\b/,
      (_, space: string, letter: string, rest: string) => `${space}&#x${letter.charCodeAt(0).toString(16)};${rest}`,
    )
    .replace(/(^|\s)([*_])(?=\s|$)/g, '$1\\$2')
    .replace(/^[#>+=]/, '\\$&')
    .replace(/^(\s{0,3})\[(?=(?:[^\]\\]|\\.)+\]:)/, '$1\\[')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/** Writes a run of lost-emoji markers as one <LostEmoji />, with a space before it. */
function withLostEmoji(text: string): string {
  return text
    .replace(new RegExp(`\\s*(${LOST_EMOJI}+)`, 'g'), (_, run: string) =>
      run.length === 1 ? ' <LostEmoji />' : ` <LostEmoji count={${run.length}} />`,
    )
    .trimStart();
}

/** One block as MDX. */
function blockMdx(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.depth)} ${escapeMdx(block.text.replaceAll(LOST_EMOJI, '').trim())}`;
    case 'paragraph':
      return withLostEmoji(escapeMdx(block.text));
    case 'listItem':
      return `- ${withLostEmoji(escapeMdx(block.text))}`;
    case 'markdown':
      return withLostEmoji(block.text);
    case 'break':
      return '---';
    case 'component':
      return `<${block.name} />`;
  }
}

/** The essay body: blocks separated by blank lines, list items of one list on consecutive lines. */
export function blocksToMdx(blocks: readonly Block[]): string {
  return blocks
    .map(
      (block, i) => (i > 0 && block.type === 'listItem' && blocks[i - 1]!.type === 'listItem' ? '\n' : '\n\n') + blockMdx(block),
    )
    .join('')
    .trim();
}

/** The whole MDX file: YAML frontmatter, then the body. */
export function essayFile(frontmatter: DraftFrontmatter, body: string): string {
  const data = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined));
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}
