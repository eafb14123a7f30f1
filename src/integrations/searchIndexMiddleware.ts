import { Buffer } from 'node:buffer';
import { defineMiddleware } from 'astro:middleware';
import { searchFeed, type SearchFeed } from '../lib/search/searchFeed.ts';
import type { Debate } from '../lib/debate/loadDebate.ts';
import { argumentSearchRecord } from '../lib/search/searchArgumentRecords.ts';
import { sitePath } from '../lib/page/routes.ts';

const marker = 'data-pagefind-body';

let argumentsSent = false;

/** Sends every argument's record to the feed once, built from the debate data that topic pages render. */
function sendArguments(feed: SearchFeed, debate: Debate): void {
  if (argumentsSent) return;
  argumentsSent = true;
  feed.addArguments(debate.arguments.map((argument) => argumentSearchRecord(argument, debate)));
}

/**
 * Hands every page rendered at build time to the search index (searchIndex.ts) as it is made, so
 * Pagefind indexes on one core while Astro renders on the other, rather than re-reading every
 * page once all are written. Each page's place in the index is taken before it renders, so pages
 * rendered side by side are indexed in a fixed order; the argument records go first, once (see
 * src/lib/search/searchFeed.ts for how the two meet). Pages without a `data-pagefind-body` are not
 * indexed, as Pagefind itself would skip them.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const feed = searchFeed();
  if (!feed || !context.isPrerendered) return next();
  // The site's own middleware (src/middleware.ts) runs first and has put the debate in locals.
  sendArguments(feed, context.locals.debate);
  const place = feed.reservePage();
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    place();
    throw error;
  }
  if (!response.headers.get('content-type')?.startsWith('text/html')) {
    place();
    return response;
  }
  // Bytes, not text: most pages (argument lists, sources) are not indexed, so they are never decoded.
  const bytes = Buffer.from(await response.arrayBuffer());
  place(bytes.includes(marker) ? { path: sitePath(context.url.pathname), html: bytes.toString('utf8') } : undefined);
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
