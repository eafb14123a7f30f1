import type { APIRoute } from 'astro';
import { debateSchema } from '../lib/debate/debateSchema.ts';

/** The JSON Schema of /debate.json, for anyone who reuses the data. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(debateSchema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
