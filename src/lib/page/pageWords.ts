import { anchorLabel, copyLabel } from '../essay/headingAnchor.ts';
import { stanceBadges, stanceLabels, stances } from '../model/stance.ts';
import { themeLabels, themeSettings } from '../model/theme.ts';
import { voicePageText } from '../model/voice.ts';

/**
 * The words the site itself puts on its pages, beside the essays' own. Components import them from
 * here, and so does the text-fragment code (pageChrome below), which must know every word an
 * essay page shows that is not the essay's, so that a citation's fragment never matches it first.
 * A build test checks that the chrome of the built essay pages is made of exactly these words.
 */
export const siteName = 'Open Models Debate';

/** The one question the site is about, as the home page and its link card ask it. */
export const siteQuestion = 'Should AI models be open source?';

/** Fixed labels of the header, footer and page furniture. */
export const labels = {
  skipLink: 'Skip to content',
  search: 'Search',
  menu: 'Menu',
  topics: 'Topics',
  essays: 'Essays',
  about: 'About',
  theme: 'Theme',
  onThisPage: 'On this page',
  viewSource: 'View the scraped source',
  essayArguments: 'What this essay argues',
  aboutThisText: 'About this text',
  copyLink: 'Copy link',
  shareLink: 'Share link',
  copied: 'Copied',
  previousTopic: 'Previous topic:',
  nextTopic: 'Next topic:',
  whereEssaysStand: 'Where the essays stand',
  answeredBy: 'Answered by',
  answers: 'Answers',
  editorsPairing: 'Editors’ pairing: no sentence in the essays joins these two; the editors put them side by side.',
  topicMap: 'How the arguments answer each other',
  topicMapList: 'The map as a list',
  /** The grid's total row: each argument once, however many essays make it. */
  gridTotals: 'All arguments, each once',
  /** Under the grid, when an argument is made by more than one essay, so rows add up to more than the total. */
  gridNote: 'An argument several essays make counts in each of their rows, and once in the total.',
  editorsHeading: 'Editors’ heading',
  editorsTitle: 'Editors’ title',
  /** The one explanation every editors' mark links to, at the foot of the essay page (#editors-words). */
  editorsWords:
    'Marked “Editors’ title” or “Editors’ heading”: words we wrote to help you find your way, where the source has none. Everything under them is the authors’.',
} as const;

/** The id of the explanation the editors' marks link to. */
export const editorsWordsId = 'editors-words';

/** A quote's caption: "Democratizing Access, section “Introduction” (editors’ heading)". */
export function citationCaption(essayName: string, sectionTitle: string, byEditors: boolean): string {
  return `${essayName}, section “${sectionTitle}”${byEditors ? ' (editors’ heading)' : ''}`;
}

/** "1 argument" or "3 arguments". */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** The line on a topic page that says how an argument is answered: "Answered by 2 arguments:". */
export function answeredByLabel(count: number): string {
  return `Answered by ${countOf(count, 'argument')}:`;
}

/** The one line under a cited section that opens its list of arguments: "Cited by 2 arguments". */
export function citedByLabel(count: number): string {
  return `Cited by ${countOf(count, 'argument')}`;
}

/** The folded summary of an essay's argument map: "Makes 11 arguments in 4 topics". */
export function essayMapSummary(argumentCount: number, topicCount: number): string {
  return `Makes ${countOf(argumentCount, 'argument')} in ${countOf(topicCount, 'topic')}`;
}

/** The link from an argument's unit on a topic page to its own page, saying how many essays make it: "All 3 quotes from 2 essays". */
export function allQuotesLabel(quoteCount: number, essayCount: number): string {
  return `${quoteCount === 1 ? '' : 'All '}${countOf(quoteCount, 'quote')} from ${countOf(essayCount, 'essay')}`;
}

/** One line of an essay's map: "Safety: 3 arguments". */
export function topicCountLabel(topicTitle: string, count: number): string {
  return `${topicTitle}: ${countOf(count, 'argument')}`;
}

/** What an essay page needs to name its own chrome: its title, source note, sections and the arguments citing it. */
export interface ChromeOf {
  title: string;
  provenance: readonly string[];
  sourceNote: { origin: readonly string[]; cleanup: readonly string[] };
  sectionTitles: readonly string[];
  topicTitles: Iterable<string>;
  /** The arguments citing the essay, with their topic's title. */
  made: readonly { claim: string; topicTitle: string }[];
}

/**
 * Every text an essay page shows besides its sections, in no particular order: the header, the
 * title, the provenance line, the source note, the argument map, the table of contents, the heading
 * anchors and the "Cited by" lists. Citation fragments must not match any of it before the quote.
 */
export function pageChrome(page: ChromeOf): string[] {
  const topicTitles = [...page.topicTitles];
  const counts = Array.from({ length: page.made.length + 1 }, (_, count) => count);
  return [
    siteName,
    ...Object.values(labels),
    ...themeSettings.map((setting) => themeLabels[setting]),
    ...topicTitles,
    ...stances.flatMap((stance) => [stanceLabels[stance], stanceBadges[stance]]),
    page.title,
    ...page.provenance,
    ...page.sourceNote.origin,
    ...page.sourceNote.cleanup,
    ...voicePageText,
    // The essay's headings and the argument map's heading each carry a link and a copy button with a label.
    ...[...page.sectionTitles, labels.essayArguments].flatMap((title) => [title, anchorLabel(title), copyLabel(title)]),
    ...counts.map(citedByLabel),
    essayMapSummary(page.made.length, new Set(page.made.map((arg) => arg.topicTitle)).size),
    ...topicTitles.flatMap((title) => counts.map((count) => topicCountLabel(title, count))),
    ...page.made.flatMap((arg) => [arg.claim, citedByEntry(arg.topicTitle, arg.claim)]),
  ];
}

/** One entry of a section's "Cited by" list: "Safety → the claim". */
export function citedByEntry(topicTitle: string, claim: string): string {
  return `${topicTitle} → ${claim}`;
}

/** The part of an essay's provenance line that gives the short name lists and captions call it by. */
export function shortNameLabel(shortTitle: string): string {
  return `Listed as “${shortTitle}”`;
}

/**
 * An essay's provenance line, as its parts: the short name the site's lists use (unless it is the
 * title), kind, date as the source wrote it, reading time.
 */
export function provenanceParts(
  kindLabel: string,
  published: string | undefined,
  minutes: number,
  shortTitle?: string,
  title?: string,
): string[] {
  const name = shortTitle && shortTitle !== title ? [shortNameLabel(shortTitle)] : [];
  return [...name, kindLabel, ...(published ? [published] : []), `${minutes} min read`];
}
