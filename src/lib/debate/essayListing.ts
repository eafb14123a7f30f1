import { essayKindLabels, type EssayKind } from '../model/essayKind.ts';
import type { EssaysFilter } from '../page/routes.ts';

/** What a list of essays shows about each: title, kind, description and the topics it argues in. */
export interface EssayListing {
  id: string;
  title: string;
  kind: EssayKind;
  kindLabel: string;
  description: string;
  topics: { id: string; title: string }[];
}

/** An essay as the listing reads it. */
interface ListedEssay {
  id: string;
  /** A draft shown in a review build may have no description yet. */
  data: { shortTitle: string; kind: EssayKind; description?: string | undefined };
}

/**
 * One listing per essay, in the order given (the editor's order), each naming the topics its
 * arguments belong to, in the topics' own order.
 */
export function essayListings(
  essays: readonly ListedEssay[],
  argumentsByEssay: ReadonlyMap<string, readonly { topic: string }[]>,
  topics: readonly { id: string; data: { title: string } }[],
): EssayListing[] {
  return essays.map((essay) => {
    const argued = new Set((argumentsByEssay.get(essay.id) ?? []).map((arg) => arg.topic));
    return {
      id: essay.id,
      title: essay.data.shortTitle,
      kind: essay.data.kind,
      kindLabel: essayKindLabels[essay.data.kind],
      description: essay.data.description ?? 'Draft: no description yet.',
      topics: topics.filter((topic) => argued.has(topic.id)).map((topic) => ({ id: topic.id, title: topic.data.title })),
    };
  });
}

/** The listings a filter of the essays index keeps: one kind of essay, or those arguing in one topic. */
export function filterListings(listings: readonly EssayListing[], filter: EssaysFilter): EssayListing[] {
  return 'kind' in filter
    ? listings.filter((essay) => essay.kind === filter.kind)
    : listings.filter((essay) => essay.topics.some(({ id }) => id === filter.topic));
}
