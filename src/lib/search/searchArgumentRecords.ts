import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Argument, Debate } from '../debate/loadDebate.ts';
import { pickQuotes } from '../debate/pickQuotes.ts';
import { argumentOnTopicUrl } from '../page/routes.ts';
import { stanceBadges } from '../model/stance.ts';
import { citationVoiceFilters } from '../model/voice.ts';
import type { ArgumentText } from './searchVectors.ts';
import { keywordsLabel } from './searchWords.ts';
import { argumentFilter } from './searchFilters.ts';
import { citationCaption } from '../page/pageWords.ts';
import { answeredByMetaKey, encodeAnsweredBy } from './answeredByMeta.ts';
import { argumentLabel } from '../debate/argumentLabel.ts';

/**
 * Quotes an argument's record holds: the one its topic page shows (ArgumentUnit.astro) first, then
 * others from its page, so a reader's words that are in the essays find it. One quote found 34 of
 * the 60 dev questions with meaning, 9 by words alone; four found 37 and 11 (twelve, no more).
 */
const recordQuotes = 4;
/** Quotes an argument's meaning vector is made from, at most. */
const meaningQuotes = 12;

/** One argument as a search record: an HTML document for Pagefind, and the text its meaning comes from. */
export interface ArgumentSearchRecord {
  /** The argument's place on its topic page, without the base path (Pagefind's script adds it). */
  url: string;
  id: string;
  /** The record's HTML: the argument's claim, weighted as a heading, a few of its quotes (the topic page's first), then its keywords. */
  html: string;
  text: ArgumentText;
}

/**
 * An argument's search record, from the same data its topic page renders. Pagefind's filters and
 * metadata belong to a whole page, so one record per argument is what lets results and filters
 * work per argument: its stance, its topic, and every essay that makes it. The HTML goes through
 * Pagefind's addHTMLFile rather than addCustomRecord because a custom record is plain text, and the
 * claim must keep its heading weight. The keywords (never shown on the page) end the record so
 * readers' own words find it.
 */
export function argumentSearchRecord(
  argument: Argument,
  debate: Pick<Debate, 'topicsById' | 'essaysById' | 'argumentsById' | 'relationsById'>,
): ArgumentSearchRecord {
  const topicTitle = debate.topicsById.get(argument.topic)?.data.title ?? argument.topic;
  // Essays go by their short name, in the essay filter (as on the essay pages) and in captions (as on the topic page).
  const essayTitle = (id: string) => debate.essaysById.get(id)?.data.shortTitle ?? id;
  const essays = [...new Set(argument.citations.map(({ essay }) => essay))].map(essayTitle);
  const filters: Record<string, string[]> = {
    stance: [stanceBadges[argument.stance]],
    topic: [topicTitle],
    essay: essays,
    voice: citationVoiceFilters(argument.citations),
    [argumentFilter]: [argument.id],
  };
  const meta: Record<string, string> = {
    title: argument.claim,
    // The topic has its own badge beside the result; the line above the title says what it is.
    page: 'Argument',
    topic: topicTitle,
    stance: stanceBadges[argument.stance],
    stanceId: argument.stance,
    summary: argument.explanation,
  };
  // The arguments that answer this one, for the result to link (not indexed: answeredByMeta.ts says why).
  const answeredBy = (debate.relationsById.get(argument.id)?.answeredBy ?? []).flatMap(({ from }) => {
    const answering = debate.argumentsById.get(from);
    return answering ? [{ id: answering.id, label: argumentLabel(answering) }] : [];
  });
  if (answeredBy.length) meta[answeredByMetaKey] = encodeAnsweredBy(answeredBy);
  const quotes = pickQuotes(argument.citations, recordQuotes);
  const body = h('article', { dataPagefindBody: '', dataPagefindFilter: 'kind:Argument' }, [
    h('span', { hidden: true, dataPagefindIgnore: '' }, [
      ...Object.entries(filters).flatMap(([name, values]) =>
        values.map((value) => h('span', { dataPagefindFilter: name }, value)),
      ),
      ...Object.entries(meta).map(([name, value]) => h('span', { dataPagefindMeta: name }, value)),
    ]),
    h('h3', { dataPagefindWeight: '8' }, argument.claim),
    ...quotes.map((citation) =>
      h('figure', [
        h('blockquote', [h('p', citation.quote)]),
        h('figcaption', citationCaption(essayTitle(citation.essay), citation.sectionTitle, citation.sectionTitleByEditors)),
      ]),
    ),
    argument.keywords.length ? h('p', `${keywordsLabel} ${argument.keywords.join(', ')}`) : null,
  ]);
  const html = `<!doctype html>${toHtml(h('html', { lang: 'en' }, [h('head', [h('title')]), h('body', [body])]))}`;
  return {
    url: argumentOnTopicUrl(argument.topic, argument.id, '/'),
    id: argument.id,
    html,
    text: {
      claim: argument.claim,
      explanation: argument.explanation,
      keywords: argument.keywords,
      // A sample of quotes, as the topic page's picker chooses them: an argument cited by a thousand
      // essays gets a vector from a dozen of its quotes, so the build does not grow with the corpus.
      quotes: pickQuotes(argument.citations, meaningQuotes).map(({ quote }) => quote),
    },
  };
}
