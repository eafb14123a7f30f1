import type { APIRoute } from 'astro';
import { debateData } from '../lib/debate/debateData.ts';
import { debateArgdown } from '../lib/debate/debateArgdown.ts';
import { builtFileResponse } from '../lib/host/builtFileResponse.ts';

/** The whole debate in Argdown, for Argdown's editor, VS Code extension and maps. */
export const GET: APIRoute = ({ site, locals }) =>
  builtFileResponse(
    'debate.argdown',
    debateArgdown(debateData(locals.debate, (path) => (site ? new URL(path, site).href : path))),
    'text/plain; charset=utf-8',
  );
