import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isRendered } from '../model/drafts.ts';
import { readEssayText } from '../essay/splitSections.ts';
import { debateValidator } from './validateDebate.ts';
import {
  argumentsByEssay,
  argumentsBySection,
  groupBy,
  indexAliases,
  indexBy,
  type AliasIndex,
  type AnchorAlias,
} from './debateIndex.ts';
import { essayListings, type EssayListing } from './essayListing.ts';
import { countRepairs } from '../source/markSource.ts';
import { debrisRules, markEssaySource } from '../source/markEssaySource.ts';
import type { ExplainedLine } from '../source/removalReasons.ts';
import { removalMarks, withRemovalMarks, type RemovalMarks } from '../source/removalMarks.ts';
import { validateVoices } from './validateVoices.ts';
import { resolveVoices, speakerOf, voiceCitations, type SectionVoice, type Speaker } from '../model/voice.ts';
import { describeSource } from '../source/describeSource.ts';
import { renderEssay, type RenderedEssay } from '../essay/renderEssay.ts';
import { quoteLinker } from './linkCitations.ts';
import { collectRelations, relationsByArgument, type Relation as RelationOf, type RelationsOf } from './debateRelations.ts';
import { bodyWithFileLines } from '../essay/splitFrontmatter.ts';
import { contentDir } from './contentDir.ts';
import { editorsWordsId, labels } from '../page/pageWords.ts';
import { parseArgumentFile } from './parseArgumentFile.ts';
import type { ArgumentFileData } from './argumentSchema.ts';

export { aliasesFor, sectionKey, type AnchorAlias } from './debateIndex.ts';

/**
 * An essay entry with what its pages need: its reading time and its source note. A build holds
 * every essay at once, so nothing that grows with an essay's length is kept on it: the essay page
 * renders the body (renderEssayBody), the source page takes the marked source (sourceLines), and
 * citations carry their own links.
 */
export type Essay = Omit<CollectionEntry<'essays'>, 'body' | 'rendered'> & {
  /** Minutes the body takes to read. */
  minutes: number;
  /** The source note's sentences, derived from the frontmatter and the source. */
  sourceNote: ReturnType<typeof describeSource>;
  /** Who speaks in each section whose voice the frontmatter gives (resolveVoices); the rest are unknown. */
  sectionVoices: SectionVoice[];
};
/** A topic entry. */
export type Topic = CollectionEntry<'topics'>;
/** An argument as its schema (argumentSchema.ts) describes it. */
type ArgumentData = ArgumentFileData['arguments'][number];
/** A citation as its schema describes it. */
type CitationData = ArgumentData['citations'][number];

/** A citation with a plain essay id, the heading of the section it quotes and its link to the exact words. */
export type Citation = CitationData & {
  /** The cited section's heading text. */
  sectionTitle: string;
  /** Whether the editors wrote that heading (the essay's addedHeadings), so a caption can say so. */
  sectionTitleByEditors: boolean;
  /** The section's URL with a text fragment that marks the quote (citationHref). */
  href: string;
  /** Who speaks in the quoted section. */
  voice: Speaker;
};

/** One argument, flattened out of its file; its answers are the debate's relations. */
export type Argument = Omit<ArgumentData, 'citations' | 'answers'> & {
  citations: Citation[];
};

/** One argument answering another, its evidence linked like a citation (debateRelations.ts). */
export type Relation = RelationOf<Citation>;

/** The whole site's content, sorted and cross-checked. */
export interface Debate {
  essays: Essay[];
  topics: Topic[];
  arguments: Argument[];
  /** Every relation between shown arguments, in file order. */
  relations: Relation[];
  aliases: AnchorAlias[];
  /** Essays by id. */
  essaysById: Map<string, Essay>;
  /** Each essay's position in the editor's order, by id. */
  essayOrder: Map<string, number>;
  /** Each essay's one short name (its shortTitle), by id: how every page but its own names it. */
  essayNames: Map<string, string>;
  /** Topics by id. */
  topicsById: Map<string, Topic>;
  /** Arguments by id. */
  argumentsById: Map<string, Argument>;
  /** Each argument's relations, both ways, by argument id; absent when none touches it. */
  relationsById: Map<string, RelationsOf<Relation>>;
  /** Arguments by topic id, in file order. */
  argumentsByTopic: Map<string, Argument[]>;
  /** Arguments by the essay sections they cite (keys from sectionKey). */
  argumentsBySection: Map<string, Argument[]>;
  /** Arguments by the essays they cite. */
  argumentsByEssay: Map<string, Argument[]>;
  /** Retired anchors by page and current id; read with aliasesFor. */
  aliasIndex: AliasIndex;
  /** Every essay as lists show it, in the editor's order. */
  listings: EssayListing[];
}

/** Where a source file is, by its name in an essay's `source` field. */
function sourcePath(name: string): string {
  return join(contentDir(), 'sources', name);
}

/**
 * The text a source's view shows: a scraped text as it is; for a saved web page, the lines its
 * import read (`<page>.html.lines.txt` beside it, written by the importer), else the page itself.
 */
async function readSourceView(name: string): Promise<string> {
  const lines = /\.html$/i.test(name)
    ? await readFile(sourcePath(`${name}.lines.txt`), 'utf8').catch(() => undefined)
    : undefined;
  return lines ?? readFile(sourcePath(name), 'utf8');
}

/**
 * Each shown essay's removal marks, from the load that checked its source, until its source page
 * takes them: marking the source again there parsed every essay a second time (about a second of
 * a 1,000-essay build), and holding every essay's marked lines held hundreds of megabytes at
 * 10,000. The page reads the source's text again and restores the marks (withRemovalMarks); each
 * essay's marks are taken once, so they are let go as its page is built.
 */
const heldMarks = new Map<string, RemovalMarks>();

/**
 * An essay's scraped source, line by line, with removed lines and repaired characters marked: from
 * the marks the load kept, or read and marked again when they were already taken.
 */
export async function sourceLines(essay: Essay): Promise<ExplainedLine[]> {
  const marks = heldMarks.get(essay.id);
  const text = await readSourceView(essay.data.source);
  if (marks) {
    heldMarks.delete(essay.id);
    return withRemovalMarks(text, marks);
  }
  const { sections } = readEssayText(await readBody(essay.filePath!), essay.filePath!);
  const kept = sections.flatMap((section) => [section.title, ...section.paragraphs]);
  return markEssaySource(text, essay, await rules(), kept).lines;
}

let cachedRules: ReturnType<typeof debrisRules> | undefined;
/** The importer's debris rules, which say why a removed line was removed; read once per build. */
const rules = () => (cachedRules ??= debrisRules(contentDir()));

/**
 * An essay's MDX body, read from its file (the content store does not keep it: src/loaders/mdxEssays.ts),
 * with the frontmatter blanked so that errors name the file's own lines.
 */
async function readBody(filePath: string): Promise<string> {
  return bodyWithFileLines(await readFile(filePath, 'utf8'), filePath);
}

/** An essay's body as HTML, read and rendered when its page is built (see Essay). */
export async function renderEssayBody(essay: Essay): Promise<RenderedEssay> {
  return renderEssay(await readBody(essay.filePath!), essay.filePath!, {
    headings: essay.data.addedHeadings,
    mark: { label: labels.editorsHeading, explanationId: editorsWordsId },
  });
}

/** The relations with their evidence linked (`linked`, in the order of the relations that have evidence) and voiced. */
function voiceEvidence(
  written: readonly RelationOf<{ essay: string; section: string; quote: string }>[],
  linked: readonly Omit<Citation, 'voice'>[],
  essays: readonly { id: string; sectionVoices: readonly SectionVoice[] }[],
): Relation[] {
  const voicesOf = new Map(essays.map((essay) => [essay.id, essay.sectionVoices]));
  let next = 0;
  return written.map(({ evidence, ...relation }) => {
    if (!evidence) return relation;
    const quote = linked[next++]!;
    return { ...relation, evidence: { ...quote, voice: speakerOf(voicesOf.get(quote.essay) ?? [], quote.section) } };
  });
}

/** Every argument file, read and checked against its schema, in file-name order, with every problem found. */
async function readArgumentFiles(): Promise<{ files: { file: string; data: ArgumentFileData }[]; errors: string[] }> {
  const entries = (await getCollection('argumentFiles')).sort((a, b) => a.id.localeCompare(b.id));
  const files: { file: string; data: ArgumentFileData }[] = [];
  const errors: string[] = [];
  for (const { filePath } of entries) {
    const parsed = parseArgumentFile(await readFile(filePath!, 'utf8'), filePath!);
    if (parsed.data) files.push({ file: filePath!, data: parsed.data });
    else errors.push(...parsed.errors);
  }
  return { files, errors };
}

/** The error that fails the build, listing every problem. */
const validationFailed = (errors: readonly string[]) =>
  new Error(`Content validation failed with ${errors.length} problem(s):\n- ${errors.join('\n- ')}`);

let cached: Promise<Debate> | undefined;

/** Loads and validates every collection, each time it is called; pages use loadDebate, which does it once. */
export async function readDebate(): Promise<Debate> {
  const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
  const sourceErrors: string[] = [];
  const debris = await rules();
  const entries = (await getCollection('essays')).sort(byOrder);
  const topics = (await getCollection('topics')).sort(byOrder);
  const topicTitles = new Map(topics.map((topic) => [topic.id, topic.data.title]));
  const { files, errors: argumentErrors } = await readArgumentFiles();
  const withFiles = files.flatMap(({ file, data }) => data.arguments.map((argument) => ({ file, argument })));
  // Drafts are checked like every essay but left out of the site, with the citations of them.
  const shown = new Set(entries.filter((entry) => isRendered(entry.data, process.env)).map((entry) => entry.id));
  const shownArguments = withFiles
    .map(({ argument: { answers: _answers, ...argument } }) => ({
      ...argument,
      citations: argument.citations.filter((citation) => shown.has(citation.essay)),
    }))
    .filter((argument) => argument.citations.length > 0);
  const written = collectRelations(
    withFiles.map(({ argument }) => argument),
    new Set(shownArguments.map((argument) => argument.id)),
    shown,
  );
  // Quotes are checked and linked an essay at a time, as each essay is read, so that no two essays'
  // sections are held at once: held together they were the peak of a 10,000-essay build (docs/performance.md).
  const validator = debateValidator(
    topics.map((topic) => topic.id),
    withFiles.map(({ file, argument }) => ({ ...argument, file })),
  );
  const linker = quoteLinker(
    shownArguments,
    written.flatMap((relation) => (relation.evidence ? [relation.evidence] : [])),
    topicTitles,
  );
  const voiceErrors: string[] = [];
  const allEssays: Essay[] = [];
  for (const entry of entries) {
    // One essay's files at a time, let go once it is read, checked and linked.
    const [body, text] = await Promise.all([readBody(entry.filePath!), readSourceView(entry.data.source).catch(() => undefined)]);
    if (text === undefined) {
      sourceErrors.push(
        `Essay "${entry.id}" in ${entry.filePath}: source: expected a file in ${sourcePath('')}, found none named "${entry.data.source}".`,
      );
    }
    const { sections, minutes, warnings } = readEssayText(body, entry.filePath!);
    // An unsafe link is dropped from the page, not fatal: say where, once per build.
    for (const warning of warnings) console.warn(`Warning: ${warning}`);
    const kept = sections.flatMap((section) => [section.title, ...section.paragraphs]);
    const marked = markEssaySource(text ?? '', entry, debris, kept);
    if (text !== undefined) sourceErrors.push(...marked.errors);
    if (text !== undefined && shown.has(entry.id)) heldMarks.set(entry.id, removalMarks(marked.lines));
    const { repaired, dropped } = countRepairs(marked.lines);
    const sectionVoices = resolveVoices(sections, entry.data.voices);
    const sourceNote = describeSource({
      ...entry.data,
      removedCount: marked.lines.filter((line) => line.removed).length,
      repairedCount: repaired,
      droppedCount: dropped,
      machineSections: sectionVoices.filter((voice) => voice.speaker === 'machine').map((voice) => voice.title),
    });
    voiceErrors.push(...validateVoices([{ ...entry, sections }]));
    // A quote that is not where it says cannot be linked; the build fails on it below.
    const quoteProblems = validator.checkEssay({ id: entry.id, sections });
    if (shown.has(entry.id) && quoteProblems === 0) linker.linkEssay({ ...entry, minutes, sourceNote, sections });
    allEssays.push({ ...entry, minutes, sourceNote, sectionVoices });
  }
  // Arguments that break their schema are reported without the cross-checks, which would only echo them.
  const errors = sourceErrors.concat(argumentErrors.length ? argumentErrors : validator.errors(), voiceErrors);
  if (errors.length) throw validationFailed(errors);
  const aliases = (await getCollection('anchorAliases')).flatMap((entry) => entry.data.aliases);
  const essays = allEssays.filter((essay) => shown.has(essay.id));
  const args = voiceCitations(linker.linked.arguments, essays);
  const relations = voiceEvidence(written, linker.linked.quotes, essays);
  const byEssay = argumentsByEssay(args);
  return {
    essays,
    topics,
    arguments: args,
    relations,
    aliases,
    essaysById: indexBy(essays, (essay) => essay.id),
    essayOrder: new Map(essays.map((essay, index) => [essay.id, index])),
    essayNames: new Map(essays.map((essay) => [essay.id, essay.data.shortTitle])),
    topicsById: indexBy(topics, (topic) => topic.id),
    argumentsById: indexBy(args, (arg) => arg.id),
    relationsById: relationsByArgument(relations),
    argumentsByTopic: groupBy(args, (arg) => arg.topic),
    argumentsBySection: argumentsBySection(args),
    argumentsByEssay: byEssay,
    aliasIndex: indexAliases(aliases),
    listings: essayListings(essays, byEssay, topics),
  };
}

/** Loads and validates every collection once per build; throws with every problem found. */
export function loadDebate(): Promise<Debate> {
  cached ??= readDebate();
  return cached;
}
