import { readFile, readdir } from 'node:fs/promises';
import { parse } from 'yaml';
import { isPublished } from '../../src/lib/model/drafts.ts';
import { parseFrontmatter } from '../../src/lib/essay/splitFrontmatter.ts';

/** An essay source file as the tests read it, without going through Astro. */
export interface EssayFile {
  id: string;
  frontmatter: {
    title: string;
    shortTitle: string;
    description: string;
    kind: string;
    order: number;
    source: string;
    /** Publication date as the source wrote it, when it shows one. */
    published?: string;
    /** Removed source lines: the line, or the line with the editor's reason. */
    removed?: (string | { line: string; reason: string })[];
    /** Who speaks in which section, where the text shows it. */
    voices?: { section: string; speaker: string; evidence?: string }[];
    /** Whether the title is the editors' (the source has none). */
    editorialTitle?: boolean;
    /** Headings the editors added, by their text. */
    addedHeadings?: string[];
    draft?: boolean;
  };
  body: string;
}

/** A topic file as the tests read it. */
export interface TopicFile {
  id: string;
  frontmatter: { title: string; order: number };
  body: string;
}

/** Reads every .mdx file of a content folder with its frontmatter and body, sorted by `order`. */
async function readMdxFiles<T extends { order: number }>(folder: string) {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx'));
  const files = await Promise.all(
    names.map(async (name) => {
      const { data, body } = parseFrontmatter<T>(await readFile(`${folder}/${name}`, 'utf8'), `${folder}/${name}`);
      return { id: name.replace(/\.mdx$/, ''), frontmatter: data, body };
    }),
  );
  return files.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

/** The lines of an essay's `removed:` list, whichever form each entry takes. */
export function removedLines(essay: EssayFile): string[] {
  return (essay.frontmatter.removed ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.line));
}

/** Reads every published content/essays/*.mdx (drafts have no page), in the editors' order. */
export async function readEssayFiles(): Promise<EssayFile[]> {
  const essays = await readMdxFiles<EssayFile['frontmatter']>('content/essays');
  return essays.filter((essay) => isPublished(essay.frontmatter));
}

/** Reads every content/topics/*.mdx, in the topics' order. */
export async function readTopicFiles(): Promise<TopicFile[]> {
  return readMdxFiles<TopicFile['frontmatter']>('content/topics');
}

/** An argument as written in content/arguments/*.yaml. */
export interface ArgumentFile {
  id: string;
  topic: string;
  stance: string;
  claim: string;
  explanation: string;
  label?: string;
  citations: { essay: string; section: string; quote: string }[];
  answers?: {
    argument: string;
    kind: string;
    note: string;
    evidence?: { essay: string; section: string; quote: string };
    editorsPairing?: true;
  }[];
}

/** Every relation as written: the answering argument's id (from) with its answer. */
export function writtenRelations(args: readonly ArgumentFile[]) {
  return args.flatMap((arg) => (arg.answers ?? []).map((answer) => ({ from: arg.id, to: answer.argument, ...answer })));
}

/** Reads every argument from content/arguments/*.yaml. */
export async function readArgumentFiles(): Promise<ArgumentFile[]> {
  const names = (await readdir('content/arguments')).filter((name) => name.endsWith('.yaml'));
  const sets = await Promise.all(names.map(async (name) => parse(await readFile(`content/arguments/${name}`, 'utf8'))));
  return sets.flatMap((set: { arguments: ArgumentFile[] }) => set.arguments);
}

/** The distinct essays an argument cites, in the editors' order. */
export function citedEssays(argument: ArgumentFile, essays: readonly EssayFile[]): EssayFile[] {
  return essays.filter((essay) => argument.citations.some((citation) => citation.essay === essay.id));
}

/** The essays that make at least one argument on a topic, in the editors' order. */
export function essaysArguingIn(topic: string, essays: readonly EssayFile[], args: readonly ArgumentFile[]): EssayFile[] {
  const cited = new Set(args.filter((arg) => arg.topic === topic).flatMap((arg) => arg.citations.map((c) => c.essay)));
  return essays.filter((essay) => cited.has(essay.id));
}
