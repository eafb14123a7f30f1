import { argumentsByEssay, groupBy } from './debateIndex.ts';
import { citationHref } from '../page/citationHref.ts';
import { essayPageText } from '../essay/essayPageText.ts';
import { pageChrome, provenanceParts } from '../page/pageWords.ts';
import { essayKindLabels, type EssayKind } from '../model/essayKind.ts';
import type { EssaySection } from '../essay/splitSections.ts';

/** What linking needs of an essay: its id, title, provenance, source note and sections as plain text. */
export interface EssayToLink {
  id: string;
  data: {
    title: string;
    shortTitle?: string;
    kind: EssayKind;
    published?: string | undefined;
    addedHeadings?: readonly string[];
  };
  minutes: number;
  sourceNote: { origin: readonly string[]; cleanup: readonly string[] };
  sections: readonly EssaySection[];
}

/** What linking needs of an argument: its claim, its topic and its citations. */
export interface ArgumentToLink {
  id: string;
  claim: string;
  topic: string;
  citations: readonly { essay: string; section: string; quote: string }[];
}

/**
 * A citation with the heading of the section it quotes, whether the editors wrote that heading
 * (addedHeadings), and its link to the exact words.
 */
export type LinkedCitation<C> = C & { sectionTitle: string; sectionTitleByEditors: boolean; href: string };

/**
 * Gives every citation its section's heading and its link to the exact words (citationHref).
 * Done once, while the debate loads, so that no page needs the text of another page: each essay
 * page's text, which the links are chosen against, is made one essay at a time and let go.
 * `topicTitles` maps topic ids to titles.
 */
export function linkCitations<A extends ArgumentToLink>(
  args: readonly A[],
  essays: readonly EssayToLink[],
  topicTitles: ReadonlyMap<string, string>,
): (Omit<A, 'citations'> & { citations: LinkedCitation<A['citations'][number]>[] })[] {
  return linkQuotes(args, [], essays, topicTitles).arguments;
}

/** Citations with their links, and the other quotes linked the same way. */
type LinkedQuotes<A extends ArgumentToLink, Q> = {
  arguments: (Omit<A, 'citations'> & { citations: LinkedCitation<A['citations'][number]>[] })[];
  quotes: LinkedCitation<Q>[];
};

/**
 * linkCitations, and in the same pass over the essays the other quotes the site links to the
 * exact words, such as the evidence of relations between arguments: returned in their order.
 */
export function linkQuotes<A extends ArgumentToLink, Q extends { essay: string; section: string; quote: string }>(
  args: readonly A[],
  quotes: readonly Q[],
  essays: readonly EssayToLink[],
  topicTitles: ReadonlyMap<string, string>,
): LinkedQuotes<A, Q> {
  const linker = quoteLinker(args, quotes, topicTitles);
  for (const essay of essays) linker.linkEssay(essay);
  return linker.linked;
}

/**
 * linkQuotes an essay at a time: `linkEssay` links the quotes of one essay, so that a load need not
 * hold every essay's sections at once; `linked` holds every argument and quote from the start, each
 * link filled in as its essay is linked.
 */
export function quoteLinker<A extends ArgumentToLink, Q extends { essay: string; section: string; quote: string }>(
  args: readonly A[],
  quotes: readonly Q[],
  topicTitles: ReadonlyMap<string, string>,
): { linkEssay(essay: EssayToLink): void; linked: LinkedQuotes<A, Q> } {
  const linked = args.map((argument) => ({
    ...argument,
    citations: argument.citations.map((citation) => ({ ...citation, sectionTitle: '', sectionTitleByEditors: false, href: '' })),
  }));
  const linkedQuotes = quotes.map((quote) => ({ ...quote, sectionTitle: '', sectionTitleByEditors: false, href: '' }));
  const argumentsMade = argumentsByEssay(linked);
  const citationsOf = groupBy(
    [...linked.flatMap((argument) => argument.citations), ...linkedQuotes],
    (citation) => citation.essay,
  );
  return {
    linked: { arguments: linked, quotes: linkedQuotes },
    linkEssay(essay) {
      const chrome = pageChrome({
        title: essay.data.title,
        provenance: provenanceParts(
          essayKindLabels[essay.data.kind],
          essay.data.published,
          essay.minutes,
          essay.data.shortTitle,
          essay.data.title,
        ),
        sourceNote: essay.sourceNote,
        sectionTitles: essay.sections.map((section) => section.title).filter(Boolean),
        topicTitles: topicTitles.values(),
        made: (argumentsMade.get(essay.id) ?? []).map((arg) => ({
          claim: arg.claim,
          topicTitle: topicTitles.get(arg.topic) ?? arg.topic,
        })),
      });
      const pageText = essayPageText(essay.sections, chrome);
      const titles = new Map(essay.sections.map((section) => [section.id, section.title]));
      for (const citation of citationsOf.get(essay.id) ?? []) {
        citation.sectionTitle = titles.get(citation.section) ?? '';
        citation.sectionTitleByEditors = (essay.data.addedHeadings ?? []).includes(citation.sectionTitle);
        citation.href = citationHref(essay.id, citation.section, citation.quote, pageText);
      }
      citationsOf.delete(essay.id);
    },
  };
}
