import type { APIRoute } from 'astro';
import { debateData } from '../lib/debate/debateData.ts';
import { debateArgdown } from '../lib/debate/debateArgdown.ts';
import { textStream } from '../lib/text/textStream.ts';

/** The whole debate in Argdown, for Argdown's editor, VS Code extension and maps. */
export const GET: APIRoute = ({ site, locals }) =>
  new Response(textStream(debateArgdown(debateData(locals.debate, (path) => (site ? new URL(path, site).href : path)))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
