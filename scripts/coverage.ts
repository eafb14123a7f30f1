import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { splitFrontmatter } from '../src/lib/splitFrontmatter.ts';
import { essayParagraphs, uncitedParagraphs, type CitingArgument, type CoverageExclusion } from '../src/lib/uncitedParagraphs.ts';

/** Every argument in content/arguments/*.yaml. */
async function readArguments(dir: string): Promise<CitingArgument[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml'));
  const sets = await Promise.all(names.map(async (name) => parse(await readFile(`${dir}/${name}`, 'utf8'))));
  return sets.flatMap((set: { arguments?: CitingArgument[] } | null) => set?.arguments ?? []);
}

/** The paragraph's opening sentences, word for word, within a citation's 320 characters. */
function quotable(text: string): string {
  if (text.length <= 320) return text;
  let quote = '';
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (`${quote} ${sentence}`.trim().length > 320) break;
    quote = `${quote} ${sentence}`.trim();
  }
  return quote || text.slice(0, 320).replace(/\s+\S*$/, '');
}

/**
 * `npm run coverage -- <slug>`: lists the paragraphs of an essay (draft or published) that no argument
 * cites and no exclusion names, each with its section id, ready for an argument's citations.
 */
async function main(): Promise<void> {
  const slug = process.argv[2];
  if (!slug) throw new Error('expected an essay id: npm run coverage -- <slug>');
  const file = `content/essays/${slug}.mdx`;
  const raw = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file}: no such essay`);
  });
  const paragraphs = essayParagraphs([{ id: slug, body: splitFrontmatter(raw).body }]);
  const exclusions: CoverageExclusion[] = parse(await readFile('content/coverage-exclusions.yaml', 'utf8')) ?? [];
  const uncited = uncitedParagraphs(paragraphs, await readArguments('content/arguments'), exclusions);
  console.log(`${slug}: ${paragraphs.length - uncited.length} of ${paragraphs.length} paragraphs cited or excluded.`);
  if (!uncited.length) return;
  console.log(`${uncited.length} not cited yet:\n`);
  for (const paragraph of uncited) {
    const quote = quotable(paragraph.text);
    console.log(`  - essay: ${slug}\n    section: ${paragraph.section}\n    quote: ${JSON.stringify(quote)}\n`);
  }
  console.log('Cite each in content/arguments/<topic>.yaml (trim the quote to the words that make the argument),');
  console.log('or list it in content/coverage-exclusions.yaml with the reason it argues nothing.');
}

main().catch((error: Error) => {
  console.error(`coverage: ${error.message}`);
  process.exitCode = 1;
});
