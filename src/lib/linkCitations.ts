import { argumentsByEssay, groupBy } from './debateIndex.ts';
import { citationHref } from './citationHref.ts';
import { essayPageText } from './essayPageText.ts';
import { anchorLabel, copyLabel } from './headingAnchor.ts';
import type { EssaySection } from './splitSections.ts';
import { stanceBadges, stanceLabels, stances } from './stance.ts';
import { voicePageText } from './voice.ts';

/** What linking needs of an essay: its id, title, source note and sections as plain text. */
export interface EssayToLink {
  id: string;
  data: { title: string };
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

/** A citation with the heading of the section it quotes and its link to the exact words. */
export type LinkedCitation<C> = C & { sectionTitle: string; href: string };

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
  const linked = args.map((argument) => ({
    ...argument,
    citations: argument.citations.map((citation) => ({ ...citation, sectionTitle: '', href: '' })),
  }));
  const argumentsMade = argumentsByEssay(linked);
  const citationsOf = groupBy(
    linked.flatMap((argument) => argument.citations),
    (citation) => citation.essay,
  );
  for (const essay of essays) {
    const pageText = essayPageText(essay.sections, pageChrome(essay, topicTitles, argumentsMade.get(essay.id) ?? []));
    const titles = new Map(essay.sections.map((section) => [section.id, section.title]));
    for (const citation of citationsOf.get(essay.id) ?? []) {
      citation.sectionTitle = titles.get(citation.section) ?? '';
      citation.href = citationHref(essay.id, citation.section, citation.quote, pageText);
    }
  }
  return linked;
}

/**
 * Every text an essay page shows besides its sections, in no particular order: the header, the
 * title, the source note, the "What this essay argues" box, the table of contents, the heading
 * anchors and the "Cited in" lists. Citation fragments must not match any of it before the quote;
 * the build test on the real page is the arbiter when a component's words change.
 */
function pageChrome(essay: EssayToLink, topicTitles: ReadonlyMap<string, string>, made: readonly ArgumentToLink[]): string[] {
  const titles = essay.sections.map((section) => section.title).filter(Boolean);
  return [
    ...['Skip to content', 'Open Models Debate', 'Search', 'Topics', 'Essays', 'About', 'Theme', 'Light', 'Dark', 'System'],
    ...topicTitles.values(),
    ...stances.flatMap((stance) => [stanceLabels[stance], stanceBadges[stance]]),
    essay.data.title,
    ...essay.sourceNote.origin,
    ...essay.sourceNote.cleanup,
    'View the scraped source',
    ...voicePageText,
    'What this essay argues',
    'On this page',
    ...titles.flatMap((title) => [title, anchorLabel(title), copyLabel(title)]),
    'Copy link',
    'Share link',
    'Copied',
    'Cited in:',
    ...made.flatMap((arg) => [arg.claim, `${topicTitles.get(arg.topic)} → ${arg.claim}`]),
  ];
}
