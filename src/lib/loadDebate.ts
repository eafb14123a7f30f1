import { getCollection, type CollectionEntry } from 'astro:content';
import { splitSections, type EssaySection } from './splitSections.ts';
import { validateDebate } from './validateDebate.ts';
import { essayPageText } from './essayPageText.ts';
import { countRepairs, markSource, type MarkedLine } from './markSource.ts';
import { describeSource } from './describeSource.ts';
import { anchorLabel, copyLabel } from './headingAnchor.ts';
import type { PageText } from './textFragment.ts';

/** An essay entry with its sections parsed from the MDX body, its marked source and its page text. */
export type Essay = CollectionEntry<'essays'> & {
  sections: EssaySection[];
  /** The scraped source, line by line, with removed lines and repaired characters marked. */
  sourceLines: MarkedLine[];
  /** The source note's sentences, derived from the frontmatter and the source. */
  sourceNote: ReturnType<typeof describeSource>;
  /** The essay page's text as a browser's find sees it, for choosing citation text fragments. */
  pageText: PageText;
};
/** A topic entry. */
export type Topic = CollectionEntry<'topics'>;
/** An argument as its schema in content.config.ts describes it, with references still unresolved. */
type ArgumentData = CollectionEntry<'argumentSets'>['data']['arguments'][number];
/** A citation as its schema describes it. */
type CitationData = ArgumentData['citations'][number];

/** One argument, flattened out of its file, with plain ids for its references. */
export type Argument = Omit<ArgumentData, 'topic' | 'citations'> & {
  topic: string;
  citations: (Omit<CitationData, 'essay'> & { essay: string })[];
};

/** A retired anchor that must keep landing on its replacement. */
export interface AnchorAlias {
  page: string;
  from: string;
  to: string;
}

/** The whole site's content, sorted and cross-checked. */
export interface Debate {
  essays: Essay[];
  topics: Topic[];
  arguments: Argument[];
  aliases: AnchorAlias[];
}

let cached: Promise<Debate> | undefined;

async function load(): Promise<Debate> {
  const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
  const sources = new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data.text]));
  const sourceErrors: string[] = [];
  const parsed = (await getCollection('essays')).sort(byOrder).map((entry) => {
    const text = sources.get(entry.data.source);
    if (text === undefined) {
      sourceErrors.push(
        `Essay "${entry.id}" in ${entry.filePath}: source: expected a file in the sources folder (${[...sources.keys()].join(', ') || 'none'}), found "${entry.data.source}".`,
      );
    }
    const sourceLines = markSource(text ?? '', entry.data.removed);
    const { repaired, dropped } = countRepairs(sourceLines);
    const sourceNote = describeSource({
      ...entry.data,
      removedCount: entry.data.removed.length,
      repairedCount: repaired,
      droppedCount: dropped,
    });
    return { ...entry, sections: splitSections(entry.body ?? ''), sourceLines, sourceNote };
  });
  const topics = (await getCollection('topics')).sort(byOrder);
  const sets = await getCollection('argumentSets');
  const withFiles = sets.flatMap((set) =>
    set.data.arguments.map((arg) => ({
      file: set.filePath ?? set.id,
      argument: {
        ...arg,
        topic: arg.topic.id,
        citations: arg.citations.map((citation) => ({ ...citation, essay: citation.essay.id })),
      } satisfies Argument,
    })),
  );
  const errors = sourceErrors.concat(
    validateDebate({
      essays: parsed,
      topicIds: topics.map((topic) => topic.id),
      arguments: withFiles.map(({ file, argument }) => ({ ...argument, file })),
    }),
  );
  if (errors.length) {
    throw new Error(`Content validation failed with ${errors.length} problem(s):\n- ${errors.join('\n- ')}`);
  }
  const aliases = (await getCollection('anchorAliases')).flatMap((entry) => entry.data.aliases);
  const args = withFiles.map(({ argument }) => argument);
  const essays = parsed.map((essay) => ({
    ...essay,
    pageText: essayPageText(essay.sections, pageChrome(essay, parsed, topics, args)),
  }));
  return { essays, topics, arguments: args, aliases };
}

/**
 * Every text an essay page shows besides its sections, in no particular order: the header, the
 * title, the source note, the table of contents, the heading anchors and the "Cited in" lists.
 * Citation fragments must not match any of it before the quote; the build test on the real page
 * is the arbiter when a component's words change.
 */
function pageChrome(
  essay: Omit<Essay, 'pageText'>,
  essays: readonly Omit<Essay, 'pageText'>[],
  topics: Topic[],
  args: Argument[],
): string[] {
  const topicTitle = new Map(topics.map((topic) => [topic.id, topic.data.title]));
  const titles = essay.sections.map((section) => section.title).filter(Boolean);
  return [
    ...['Skip to content', 'Open Models Debate', 'Search', 'Topics', 'Essays', 'About', 'Theme', 'Light', 'Dark', 'System'],
    ...topics.map((topic) => topic.data.title),
    ...essays.map((entry) => entry.data.navLabel),
    essay.data.title,
    ...essay.sourceNote.origin,
    ...essay.sourceNote.cleanup,
    'View the scraped source',
    'On this page',
    ...titles.flatMap((title) => [title, anchorLabel(title), copyLabel(title)]),
    'Copy link',
    'Share link',
    'Copied',
    'Cited in:',
    ...args
      .filter((arg) => arg.citations.some((citation) => citation.essay === essay.id))
      .map((arg) => `${topicTitle.get(arg.topic)} → ${arg.claim}`),
  ];
}

/** Retired ids on a page that now land on `id`. */
export function aliasesFor(aliases: AnchorAlias[], page: string, id: string): string[] {
  return aliases.filter((alias) => alias.page === page && alias.to === id).map((alias) => alias.from);
}

/** Loads and validates every collection once per build; throws with every problem found. */
export function loadDebate(): Promise<Debate> {
  cached ??= load();
  return cached;
}
