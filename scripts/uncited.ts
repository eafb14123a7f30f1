import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bodyWithFileLines } from '../src/lib/essay/splitFrontmatter.ts';
import { contentDir } from '../src/lib/debate/contentDir.ts';
import { quotable } from '../src/lib/text/quotable.ts';
import {
  essayParagraphs,
  uncitedParagraphs,
  type CitingArgument,
  type CoverageExclusion,
} from '../src/lib/debate/uncitedParagraphs.ts';

/** Every argument in <content>/arguments/*.yaml. */
async function readArguments(dir: string): Promise<CitingArgument[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml'));
  const sets = await Promise.all(names.map(async (name) => parse(await readFile(join(dir, name), 'utf8'))));
  return sets.flatMap((set: { arguments?: CitingArgument[] } | null) => set?.arguments ?? []);
}

/**
 * `npm run uncited -- <slug>`: lists the paragraphs of an essay (draft or published) that no argument
 * cites and no exclusion names, each with its section id, ready for an argument's citations. Reads the
 * content folder CONTENT_DIR names, like the build, and the essay's text as its page shows it.
 */
async function main(): Promise<void> {
  const slug = process.argv[2];
  if (!slug) throw new Error('expected an essay id: npm run uncited -- <slug>');
  const content = contentDir();
  const file = join(content, 'essays', `${slug}.mdx`);
  const raw = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file}: no such essay`);
  });
  const paragraphs = essayParagraphs([{ id: slug, body: bodyWithFileLines(raw, file), file }]);
  const exclusionsFile = join(content, 'coverage-exclusions.yaml');
  const exclusions: CoverageExclusion[] = parse(await readFile(exclusionsFile, 'utf8').catch(() => '')) ?? [];
  const uncited = uncitedParagraphs(paragraphs, await readArguments(join(content, 'arguments')), exclusions);
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
