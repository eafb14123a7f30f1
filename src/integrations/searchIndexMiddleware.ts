import { Buffer } from 'node:buffer';
import { defineMiddleware } from 'astro:middleware';
import { searchFeed, type SearchFeed } from '../lib/searchFeed.ts';
import type { Debate } from '../lib/loadDebate.ts';
import { argumentSearchRecord } from '../lib/searchArgumentRecords.ts';
import { sitePath } from '../lib/routes.ts';

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
 * page once all are written; with the first page, it also sends the argument records (see
 * src/lib/searchFeed.ts for how the two meet). Pages without a `data-pagefind-body` are not
 * indexed, as Pagefind itself would skip them.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = searchFeed();
  if (!feed || !context.isPrerendered) return response;
  // The site's own middleware (src/middleware.ts) runs first and has put the debate in locals.
  sendArguments(feed, context.locals.debate);
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Bytes, not text: most pages (argument lists, sources) are not indexed, so they are never decoded.
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.includes(marker)) feed.addPage(sitePath(context.url.pathname), bytes.toString('utf8'));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
