// The card feed: how the link-card integration (src/integrations/linkCards.ts) receives every
// card's content, made from the debate data, from its middleware. Why it is a global: see
// buildGlobal.ts.
import { buildGlobal } from './buildGlobal.ts';
import type { CardToDraw } from './cardContent.ts';

/** Takes the site's cards once per build. */
export interface CardFeed {
  addCards(cards: readonly CardToDraw[]): void;
}

const feed = buildGlobal<CardFeed>('open-models-debate.card-feed');

/** Opens the feed for a build, or closes it (undefined). */
export const setCardFeed = (value: CardFeed | undefined): void => feed.set(value);

/** The open feed, or undefined outside a build. */
export const cardFeed = (): CardFeed | undefined => feed.get();
