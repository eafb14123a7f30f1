import type { Debate } from './loadDebate.ts';
import { siteQuestion } from './pageWords.ts';
import { cardName } from './routes.ts';
import { stanceLabels, type Stance } from './stance.ts';

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

/** One card to draw: its name under cards/ (see cardName) and what it says. */
export interface CardToDraw {
  name: string;
  content: CardContent;
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

/** The card of a topic page: its question and how many arguments it gathers. */
export function topicCard(topic: { title: string; question: string }, argumentCount: number): CardContent {
  return {
    eyebrow: `Topic: ${topic.title}`,
    headline: topic.question,
    footer: `${argumentCount} ${argumentCount === 1 ? 'argument' : 'arguments'}, for, against and in between`,
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

/**
 * Every card the site has: the home page's, which every other page shares, and one per topic and
 * argument (one per essay would add a second of build time per hundred essays and tell a reader
 * nothing more).
 */
export function debateCards({ topics, topicsById, arguments: args, argumentsByTopic, listings }: Debate): CardToDraw[] {
  return [
    {
      name: cardName('home'),
      content: homeCard(
        topics.map((topic) => topic.data.title),
        { essays: listings.length, arguments: args.length },
      ),
    },
    ...topics.map((topic) => ({
      name: cardName({ topic: topic.id }),
      content: topicCard(topic.data, argumentsByTopic.get(topic.id)?.length ?? 0),
    })),
    ...args.map((argument) => ({
      name: cardName({ argument: argument.id }),
      content: argumentCard(argument, topicsById.get(argument.topic)!.data.title),
    })),
  ];
}
