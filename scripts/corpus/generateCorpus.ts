// The synthetic corpus: the real essays, then generated essays made from them (rewritten, or copied
// word for word), with every argument citing each generated essay where it cites the essay it was
// made from.
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/lib/essay/splitFrontmatter.ts';
import { splitSections } from '../../src/lib/essay/splitSections.ts';
import { validateDebate } from '../../src/lib/debate/validateDebate.ts';
import type { RemovedEntry } from '../../src/lib/source/removalReasons.ts';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { hashString, seededRandom } from './random.ts';
import { rewriteBody, sentencePool, wordSwapper } from './rewrite.ts';
import { makeVocabulary } from './vocabulary.ts';

/** A real essay: its id, parsed frontmatter, body and the file as it is. */
export interface SourceEssay {
  id: string;
  frontmatter: Record<string, unknown> & { title: string; shortTitle: string; description: string; order: number };
  body: string;
  raw: string;
}

/** A citation as written in an argument file. */
export interface SourceCitation {
  essay: string;
  section: string;
  quote: string;
}

/** One argument file: its name and arguments, with their other fields kept as they are. */
export interface SourceArgumentSet {
  file: string;
  arguments: (Record<string, unknown> & { id: string; topic: string; citations: SourceCitation[] })[];
}

/** The real content the corpus grows from; `otherFiles` (topics, sources, exclusions) are copied as they are. */
export interface SourceContent {
  essays: SourceEssay[];
  argumentSets: SourceArgumentSet[];
  otherFiles: Record<string, string>;
}

/**
 * What the added essays are: `rewritten` (each a real essay with a seeded share of its words swapped
 * and sentences added, so each adds words of its own) or `copies` (each a real essay word for word
 * under a new id, title and short title numbered, sharing its source).
 */
export type CorpusShape = 'rewritten' | 'copies';

/** The corpus shapes, as `--shape` names them. */
export const corpusShapes: readonly CorpusShape[] = ['rewritten', 'copies'];

/** How big a corpus to make, of which shape, and from which seed. */
export interface CorpusOptions {
  essays: number;
  seed: number;
  /** `rewritten` unless given. */
  shape?: CorpusShape;
}

/** A generated essay: which real essay it comes from and how its text is rewritten. */
interface Derived {
  id: string;
  origin: SourceEssay;
  copy: number;
  swap: (text: string) => string;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}.`;
}

/** The numbered short title of copy `copy`, within the schema's 24 characters. */
function numberedShortTitle(shortTitle: string, copy: number): string {
  const suffix = ` ${copy}`;
  return `${shortTitle.slice(0, 24 - suffix.length).trimEnd()}${suffix}`;
}

/**
 * A copy's `removed:` entries: the original's, with their reasons. A line the original left without
 * a reason because it repeats its title would repeat no title in the copy (whose title is
 * numbered), so it gets that reason written out.
 */
function copiedRemovals(origin: SourceEssay): RemovedEntry[] {
  const removed = (origin.frontmatter.removed ?? []) as RemovedEntry[];
  const title = normalizeForMatch(origin.frontmatter.title).toLowerCase();
  return removed.map((entry) =>
    typeof entry === 'string' && normalizeForMatch(entry).toLowerCase() === title
      ? { line: entry, reason: 'the title of the essay this one copies.' }
      : entry,
  );
}

/** A copy's file: the real essay's body word for word, under a numbered title, with its source and voices. */
function copyFile(essay: Derived, order: number): string {
  const { origin, copy } = essay;
  const frontmatter = {
    ...origin.frontmatter,
    title: `${origin.frontmatter.title} (no. ${copy})`,
    shortTitle: numberedShortTitle(origin.frontmatter.shortTitle, copy),
    order,
    removed: copiedRemovals(origin),
  };
  // The file after its closing `---`, as it is.
  const rest = origin.raw.slice(origin.raw.indexOf('\n---', 3) + '\n---'.length);
  return `---\n${stringify(frontmatter)}---${rest}`;
}

function essayFile(essay: Derived, order: number, pool: readonly string[]): string {
  const { origin, copy, swap } = essay;
  const random = seededRandom(hashString(essay.id, 1));
  const frontmatter = {
    ...origin.frontmatter,
    title: `${swap(origin.frontmatter.title)} (no. ${copy})`,
    shortTitle: numberedShortTitle(origin.frontmatter.shortTitle, copy),
    description: shorten(swap(origin.frontmatter.description), 160),
    source: `generated-${essay.id}.txt`,
    order,
    removed: [],
    // The body is rewritten, so the original's voice evidence is no longer its words.
    voices: [],
  };
  return `---\n${stringify(frontmatter)}---\n${rewriteBody(origin.body, swap, pool, random)}`;
}

/**
 * Makes a content folder's files (path relative to the folder, then text) holding `essays` essays:
 * the real ones first, unchanged, then generated ones, each made from a real essay in turn. Throws
 * if the result would not pass the build's own content validation.
 */
export function generateCorpus(
  source: SourceContent,
  { essays: count, seed, shape = 'rewritten' }: CorpusOptions,
): Map<string, string> {
  const real = [...source.essays].sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  if (!Number.isInteger(count) || count < real.length) {
    throw new Error(`essays: expected a whole number of at least ${real.length} (the real essays), found ${count}`);
  }
  const vocabulary = makeVocabulary(4000, seed);
  const pool = sentencePool(real.flatMap((essay) => splitSections(essay.body).flatMap((section) => section.paragraphs)));
  const derived: Derived[] = [];
  for (let index = real.length; index < count; index += 1) {
    const origin = real[index % real.length]!;
    const copy = Math.floor(index / real.length);
    const id = `${origin.id}-${String(copy).padStart(4, '0')}`;
    const swap = shape === 'copies' ? (text: string) => text : wordSwapper(vocabulary, hashString(id, seed));
    derived.push({ id, origin, copy, swap });
  }

  const files = new Map<string, string>(Object.entries(source.otherFiles));
  files.set('anchor-aliases.yaml', 'aliases: []\n');
  for (const essay of real) files.set(`essays/${essay.id}.mdx`, essay.raw);
  derived.forEach((essay, index) => {
    const order = real.length + index + 1;
    if (shape === 'copies') {
      files.set(`essays/${essay.id}.mdx`, copyFile(essay, order));
      return;
    }
    const text = essayFile(essay, order, pool);
    files.set(`essays/${essay.id}.mdx`, text);
    files.set(`sources/generated-${essay.id}.txt`, splitFrontmatter(text).body);
  });
  const copiesOf = Map.groupBy(derived, (essay) => essay.origin.id);
  for (const set of source.argumentSets) {
    const args = set.arguments.map((arg) => ({
      ...arg,
      citations: [
        ...arg.citations,
        ...arg.citations.flatMap((citation) =>
          (copiesOf.get(citation.essay) ?? []).map((copy) => ({ ...citation, essay: copy.id, quote: copy.swap(citation.quote) })),
        ),
      ],
    }));
    files.set(`arguments/${set.file}`, stringify({ arguments: args }, { lineWidth: 0 }));
  }
  assertValid(files, source);
  return files;
}

/** Runs the build's own cross-reference rules over the written files, read back as the build reads them. */
function assertValid(files: Map<string, string>, source: SourceContent): void {
  const essays = [...files]
    .filter(([path]) => path.startsWith('essays/'))
    .map(([path, text]) => ({
      id: path.slice('essays/'.length, -'.mdx'.length),
      sections: splitSections(splitFrontmatter(text).body),
    }));
  const topicIds = [...files.keys()].filter((path) => /^topics\/.+\.mdx$/.test(path)).map((path) => path.slice(7, -4));
  const args = source.argumentSets.flatMap((set) =>
    (parse(files.get(`arguments/${set.file}`)!) as { arguments: SourceArgumentSet['arguments'] }).arguments.map((arg) => ({
      ...arg,
      file: set.file,
    })),
  );
  const errors = validateDebate({ essays, topicIds, arguments: args });
  if (errors.length) throw new Error(`The generated corpus is not valid:\n- ${errors.slice(0, 10).join('\n- ')}`);
}
