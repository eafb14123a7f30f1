import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { isPublished } from '../../src/lib/drafts.ts';
import { parseFrontmatter } from '../../src/lib/splitFrontmatter.ts';

/** An essay source file as the tests read it, without going through Astro. */
export interface EssayFile {
  id: string;
  frontmatter: { title: string; source: string; removed?: string[]; draft?: boolean };
  body: string;
}

/** Reads every published content/essays/*.mdx (drafts have no page) with its frontmatter and body. */
export async function readEssayFiles(): Promise<EssayFile[]> {
  const names = (await readdir('content/essays')).filter((name) => name.endsWith('.mdx'));
  const essays = await Promise.all(
    names.map(async (name) => {
      const { data, body } = parseFrontmatter<EssayFile['frontmatter']>(await readFile(`content/essays/${name}`, 'utf8'), name);
      return { id: name.replace(/\.mdx$/, ''), frontmatter: data, body };
    }),
  );
  return essays.filter((essay) => isPublished(essay.frontmatter));
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
