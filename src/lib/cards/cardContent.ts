import { siteQuestion } from '../page/pageWords.ts';
import { stanceLabels, stancesTaken, type Stance } from '../model/stance.ts';

/** What a link-preview card says: a small line above, the headline, a line below, and the stance it takes, if any. */
export interface CardContent {
  /** Small text above the headline, such as "Safety · an argument". */
  eyebrow: string;
  /** The claim or question, in large type. */
  headline: string;
  /** The line at the foot, beside the site name: a stance label, or what the site holds. */
  footer: string;
  /** The stance, which gives the card its colour band; none for topics and the site. */
  stance?: Stance;
}

/** The card of an argument page: its claim, topic and stance. */
export function argumentCard(argument: { claim: string; stance: Stance }, topicTitle: string): CardContent {
  return {
    eyebrow: `${topicTitle} · an argument`,
    headline: argument.claim,
    footer: stanceLabels[argument.stance],
    stance: argument.stance,
  };
}

/** The card of a topic page: its question, how many arguments it gathers and the stances they take. */
export function topicCard(topic: { title: string; question: string }, args: readonly { stance: Stance }[]): CardContent {
  const count = `${args.length} ${args.length === 1 ? 'argument' : 'arguments'}`;
  return {
    eyebrow: `Topic: ${topic.title}`,
    headline: topic.question,
    footer: args.length ? `${count}: ${stancesTaken(args)}` : count,
  };
}

/** The card of the home page, which the essays and every other page share: the site's question, its topics and what it holds. */
export function homeCard(topicTitles: readonly string[], counts: { essays: number; arguments: number }): CardContent {
  return {
    eyebrow: topicTitles.join(' · '),
    headline: siteQuestion,
    footer: `${counts.arguments} ${counts.arguments === 1 ? 'argument' : 'arguments'} from ${counts.essays.toLocaleString('en')} ${counts.essays === 1 ? 'essay' : 'essays'}`,
  };
}
