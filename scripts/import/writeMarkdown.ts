import type { Root, RootContent, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { sanitizeMdast, type SanitizeWarning } from './sanitizeMdast.ts';

/**
 * remark-stringify settings for MDX: `{`, `}` and `<` are escaped so MDX reads them as text, and a
 * link whose text is its address is written `[url](url)`, never `<url>` (MDX reads that as JSX).
 */
export const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  resourceLink: true,
  unsafe: [{ character: '{' }, { character: '}' }, { character: '<' }],
};

// Private-use stand-ins for the first letter of a leading "import"/"export": remark-stringify would
// escape a character reference written into the text, so the reference goes in after it runs.
const standIns = { i: '\uE010', e: '\uE011' } as const;
const references = { '\uE010': '&#x69;', '\uE011': '&#x65;' } as const;

/** Protects text that starts a line with "import" or "export", which MDX would read as an ES module line. */
function protectModuleWords(parent: { children?: unknown[] }): void {
  for (const child of (parent.children ?? []) as (RootContent & { children?: unknown[] })[]) {
    if (child.type === 'text') {
      (child as Text).value = child.value.replace(
        /(^|\n)(\s*)([ie])(mport|xport)\b/g,
        (_, start, space, letter: 'i' | 'e', rest) => {
          return `${start}${space}${standIns[letter]}${rest}`;
        },
      );
    } else if (child.type !== 'code' && child.type !== 'inlineCode') {
      protectModuleWords(child);
    }
  }
}

const processor = unified().use(remarkGfm).use(remarkStringify, stringifyOptions);

/**
 * The importer's Markdown writer: a copy of the blocks, sanitized (sanitizeMdast), written as
 * GFM Markdown that the essay renderer reads as the same text (tables, strikethrough, code and
 * quotes kept; `{`, `}`, `<` and a leading import/export escaped). Returns what it changed.
 */
export function writeMarkdown(blocks: readonly RootContent[]): { markdown: string; warnings: SanitizeWarning[] } {
  const tree: Root = { type: 'root', children: structuredClone([...blocks]) };
  const warnings = sanitizeMdast(tree);
  protectModuleWords(tree);
  const markdown = processor
    .stringify(tree)
    .replace(/[\uE010\uE011]/g, (char) => references[char as keyof typeof references])
    .trim();
  return { markdown, warnings };
}
