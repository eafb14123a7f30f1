// Reads the real content folder and writes a generated corpus as a content folder the build can use
// through CONTENT_DIR.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { parseFrontmatter } from '../../src/lib/essay/splitFrontmatter.ts';
import {
  generateCorpus,
  type CorpusOptions,
  type SourceArgumentSet,
  type SourceContent,
  type SourceEssay,
} from './generateCorpus.ts';

async function namesIn(dir: string, extension: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
}

/** Reads a content folder (essays, arguments, topics, sources, coverage exclusions) as the generator needs it. */
export async function readSourceContent(contentDir: string): Promise<SourceContent> {
  const essays: SourceEssay[] = [];
  for (const name of await namesIn(join(contentDir, 'essays'), '.mdx')) {
    const raw = await readFile(join(contentDir, 'essays', name), 'utf8');
    const { data, body } = parseFrontmatter<SourceEssay['frontmatter']>(raw, name);
    essays.push({ id: name.slice(0, -'.mdx'.length), frontmatter: data, body, raw });
  }
  const argumentSets: SourceArgumentSet[] = [];
  for (const name of await namesIn(join(contentDir, 'arguments'), '.yaml')) {
    const parsed = parse(await readFile(join(contentDir, 'arguments', name), 'utf8')) as Omit<SourceArgumentSet, 'file'>;
    argumentSets.push({ file: name, arguments: parsed.arguments });
  }
  const otherFiles: Record<string, string> = {};
  for (const folder of ['topics', 'sources']) {
    for (const name of await namesIn(join(contentDir, folder), '')) {
      otherFiles[`${folder}/${name}`] = await readFile(join(contentDir, folder, name), 'utf8');
    }
  }
  otherFiles['coverage-exclusions.yaml'] = await readFile(join(contentDir, 'coverage-exclusions.yaml'), 'utf8');
  return { essays, argumentSets, otherFiles };
}

/** Generates a corpus from `contentDir` and writes it into `outDir` (emptied first); returns the number of files. */
export async function writeCorpus(contentDir: string, outDir: string, options: CorpusOptions): Promise<number> {
  const files = generateCorpus(await readSourceContent(contentDir), options);
  await rm(outDir, { recursive: true, force: true });
  for (const [path, text] of files) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), text);
  }
  return files.size;
}
