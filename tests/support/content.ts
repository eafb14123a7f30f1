import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';

/** An essay source file as the tests read it, without going through Astro. */
export interface EssayFile {
  id: string;
  frontmatter: { title: string; source: string; removed?: string[] };
  body: string;
}

/** Reads every content/essays/*.mdx with its frontmatter and body. */
export async function readEssayFiles(): Promise<EssayFile[]> {
  const names = (await readdir('content/essays')).filter((name) => name.endsWith('.mdx'));
  return Promise.all(
    names.map(async (name) => {
      const { data, body } = splitFrontmatter<EssayFile['frontmatter']>(await readFile(`content/essays/${name}`, 'utf8'), name);
      return { id: name.replace(/\.mdx$/, ''), frontmatter: data, body };
    }),
  );
}

/** An argument as written in content/arguments/*.yaml. */
export interface ArgumentFile {
  id: string;
  topic: string;
  stance: string;
  claim: string;
  citations: { essay: string; section: string; quote: string }[];
}

/** Reads every argument from content/arguments/*.yaml. */
export async function readArgumentFiles(): Promise<ArgumentFile[]> {
  const names = (await readdir('content/arguments')).filter((name) => name.endsWith('.yaml'));
  const sets = await Promise.all(names.map(async (name) => parse(await readFile(`content/arguments/${name}`, 'utf8'))));
  return sets.flatMap((set: { arguments: ArgumentFile[] }) => set.arguments);
}
