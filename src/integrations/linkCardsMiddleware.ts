import { defineMiddleware } from 'astro:middleware';
import { debateCards } from '../lib/cardContent.ts';
import { cardFeed } from '../lib/cardFeed.ts';

let sent = false;

/** Sends every card's content to the link-card integration (linkCards.ts) once, from the debate the first page is given. */
export const onRequest = defineMiddleware((context, next) => {
  const feed = cardFeed();
  if (feed && !sent && context.isPrerendered) {
    sent = true;
    // The site's own middleware (src/middleware.ts) runs first and has put the debate in locals.
    feed.addCards(debateCards(context.locals.debate));
  }
  return next();
});
