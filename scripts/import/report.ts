import type { Block } from './blocks.ts';
import type { Conversion } from './convertText.ts';

/** Where the importer wrote the draft. */
export interface Written {
  input: string;
  slug: string;
  essayFile: string;
  sourceFile: string;
  /** For a saved web page: the lines extraction read, which the source view shows. */
  linesFile?: string;
}

const lineRef = (n: number | undefined) => (n === undefined ? '' : `line ${n}: `);

/** The report printed after an import: what was made, removed, repaired and flagged, and what is next. */
export function formatReport(conversion: Conversion, written: Written): string {
  const headings = conversion.blocks.filter((block): block is Extract<Block, { type: 'heading' }> => block.type === 'heading');
  const repairs = Object.entries(conversion.repairs).filter(([, count]) => count > 0);
  const out = [
    `Imported ${written.input} as a draft essay.`,
    `  essay:  ${written.essayFile}`,
    `  source: ${written.sourceFile}`,
    written.linesFile ? `  lines extraction read (the source view): ${written.linesFile}` : '',
    `Title: ${conversion.title}${conversion.editorialTitle ? ' (placeholder: the source has no title)' : ''}`,
    `Kind: ${conversion.kind}`,
    conversion.lang ? `Language: ${conversion.lang} (declared by the page)` : '',
    conversion.author || conversion.published
      ? `From the byline: ${[conversion.author && `author ${conversion.author}`, conversion.published && `published ${conversion.published}`].filter(Boolean).join(', ')}`
      : '',
    `Headings made (${headings.length}, ${headings.filter((h) => h.added).length} added by us):`,
    ...headings.map(
      (h) =>
        `  ${'#'.repeat(h.depth)} ${h.text}${h.added ? '  (added: listed under addedHeadings)' : `  (${lineRef(h.n).slice(0, -2)})`}`,
    ),
    `Lines removed (${conversion.removed.length}):`,
    ...conversion.removed.map((line) => `  ${lineRef(line.n)}[${line.rule}] ${line.text}`),
    `Repairs (${repairs.reduce((sum, [, count]) => sum + count, 0)}):`,
    ...repairs.map(([family, count]) => `  ${count} × ${family}`),
    `Flagged for a person to check (${conversion.flags.length}):`,
    ...conversion.flags.map((flag) => `  ${lineRef(flag.n)}[${flag.name}] ${flag.detail}`),
    'Next steps:',
    `  1. Read ${written.essayFile} against the source and settle every flagged item; review it with INCLUDE_DRAFTS=1 npm run dev.`,
    '  2. Write `description` (one sentence in our words, at most 160 characters) and check title and shortTitle.',
    '  3. Add arguments that cite it in content/arguments/<topic>.yaml.',
    `  4. Run \`npm run uncited -- ${written.slug}\` until every paragraph is cited or excluded with a reason.`,
    '  5. Publish: remove `draft: true`, then run `npm test`.',
  ];
  return out.filter((line) => line !== '').join('\n');
}
