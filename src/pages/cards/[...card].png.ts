import type { APIRoute, GetStaticPaths } from 'astro';
import { argumentCard, homeCard, topicCard, type CardContent } from '../../lib/cards/cardContent.ts';
import { loadDebate } from '../../lib/debate/loadDebate.ts';
import { renderCard } from '../../lib/cards/renderCard.ts';
import { cardName } from '../../lib/page/routes.ts';

// One link-preview card per topic and argument, and the home page's, which every other page shares
// (one per essay would add a second of build time per hundred essays and tell a reader nothing more).
export const getStaticPaths = (async () => {
  const { topics, topicsById, arguments: args, argumentsByTopic, listings } = await loadDebate();
  const cards: { card: string; content: CardContent }[] = [
    {
      card: cardName('home'),
      content: homeCard(
        topics.map((topic) => topic.data.title),
        { essays: listings.length, arguments: args.length },
      ),
    },
    ...topics.map((topic) => ({
      card: cardName({ topic: topic.id }),
      content: topicCard(topic.data, argumentsByTopic.get(topic.id) ?? []),
    })),
    ...args.map((argument) => ({
      card: cardName({ argument: argument.id }),
      content: argumentCard(argument, topicsById.get(argument.topic)!.data.title),
    })),
  ];
  return cards.map(({ card, content }) => ({ params: { card }, props: { content } }));
}) satisfies GetStaticPaths;

/** The card as a PNG file. */
export const GET: APIRoute<{ content: CardContent }> = async ({ props }) =>
  new Response(await renderCard(props.content), { headers: { 'Content-Type': 'image/png' } });
