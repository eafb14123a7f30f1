import { getCollection, type CollectionEntry } from 'astro:content';
import { isRendered } from './drafts.ts';
import { splitSections, type EssaySection } from './splitSections.ts';
import { validateDebate } from './validateDebate.ts';
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

export { aliasesFor, sectionKey, type AnchorAlias } from './debateIndex.ts';

/** An essay entry with its sections parsed from the MDX body. */
export type Essay = CollectionEntry<'essays'> & { sections: EssaySection[] };
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

/** The whole site's content, sorted and cross-checked. */
export interface Debate {
  essays: Essay[];
  topics: Topic[];
  arguments: Argument[];
  aliases: AnchorAlias[];
  /** Essays by id. */
  essaysById: Map<string, Essay>;
  /** Each essay's position in the editor's order, by id. */
  essayOrder: Map<string, number>;
  /** Topics by id. */
  topicsById: Map<string, Topic>;
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

let cached: Promise<Debate> | undefined;

async function load(): Promise<Debate> {
  const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
  const allEssays = (await getCollection('essays'))
    .sort(byOrder)
    .map((entry) => ({ ...entry, sections: splitSections(entry.body ?? '') }));
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
  const errors = validateDebate({
    essays: allEssays,
    topicIds: topics.map((topic) => topic.id),
    arguments: withFiles.map(({ file, argument }) => ({ ...argument, file })),
  });
  if (errors.length) {
    throw new Error(`Content validation failed with ${errors.length} problem(s):\n- ${errors.join('\n- ')}`);
  }
  const aliases = (await getCollection('anchorAliases')).flatMap((entry) => entry.data.aliases);
  // Drafts are checked like every essay but left out of the site, with the citations of them.
  const essays = allEssays.filter((essay) => isRendered(essay.data, process.env));
  const shown = new Set(essays.map((essay) => essay.id));
  const args = withFiles
    .map(({ argument }) => ({ ...argument, citations: argument.citations.filter((citation) => shown.has(citation.essay)) }))
    .filter((argument) => argument.citations.length > 0);
  const byEssay = argumentsByEssay(args);
  return {
    essays,
    topics,
    arguments: args,
    aliases,
    essaysById: indexBy(essays, (essay) => essay.id),
    essayOrder: new Map(essays.map((essay, index) => [essay.id, index])),
    topicsById: indexBy(topics, (topic) => topic.id),
    argumentsByTopic: groupBy(args, (arg) => arg.topic),
    argumentsBySection: argumentsBySection(args),
    argumentsByEssay: byEssay,
    aliasIndex: indexAliases(aliases),
    listings: essayListings(essays, byEssay, topics),
  };
}

/** Loads and validates every collection once per build; throws with every problem found. */
export function loadDebate(): Promise<Debate> {
  cached ??= load();
  return cached;
}
