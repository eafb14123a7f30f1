import { defineMiddleware } from 'astro:middleware';
import { loadDebate } from './lib/debate/loadDebate.ts';

/**
 * Hands every page the debate as `Astro.locals.debate`, loaded and checked once per build, as
 * Starlight hands its route data down: pages read it and pass components what they show as props.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.debate = await loadDebate();
  return next();
});
