import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importEssay, type ImportOptions, type ImportResult } from '../../scripts/import/importEssay.ts';
import { splitFrontmatter } from '../../src/lib/essay/splitFrontmatter.ts';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { splitSections } from '../../src/lib/essay/splitSections.ts';
import { isDeepStrictEqual } from 'node:util';
import { essayUses } from './essayUses.ts';

/** An import into a fresh temporary content folder, with the draft it wrote read back. */
export interface ImportedDraft {
  result: ImportResult;
  contentDir: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

const made: string[] = [];

/** A fresh, empty content folder in the system's temporary directory; removeTempDirs deletes it. */
export async function tempContentDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'import-test-'));
  made.push(dir);
  return dir;
}

/** Deletes every folder tempContentDir made; test files call it after all their tests. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Imports a file into a fresh temporary content folder, checks its two uses agree, and reads the draft back from disk. */
export async function importIntoTemp(input: string, options: Omit<ImportOptions, 'input'> = {}): Promise<ImportedDraft> {
  const contentDir = options.contentDir ?? (await tempContentDir());
  const result = await importEssay({ ...options, input, contentDir });
  const raw = await readFile(result.essayFile, 'utf8');
  // Every draft an import test writes must read the same for validation and for its page.
  const uses = essayUses(raw, result.essayFile);
  if (!isDeepStrictEqual(uses.validation, uses.page)) {
    throw new Error(`${result.essayFile}: validation and the page read the draft differently:\n${JSON.stringify(uses, null, 1)}`);
  }
  const { frontmatter, body } = splitFrontmatter(raw);
  return { result, contentDir, frontmatter: parse(frontmatter), body };
}

/** Headings of an MDX body as "## Title" / "### Title", in order. */
export function headingsOf(body: string): string[] {
  return splitSections(body).flatMap((section) => (section.depth > 1 ? [`${'#'.repeat(section.depth)} ${section.title}`] : []));
}

/** Every heading, paragraph and list item of an MDX body as plain text, folded for matching. */
export function blocksOf(body: string): string[] {
  return splitSections(body).flatMap((section) => [section.title, ...section.paragraphs].filter(Boolean).map(normalizeForMatch));
}

/** Sentences of a text, folded for matching. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map(normalizeForMatch)
    .filter(Boolean);
}
