import type { APIRoute } from 'astro';
import { debateData, schemaErrors } from '../lib/debate/debateData.ts';
import { jsonPieces } from '../lib/text/textStream.ts';
import { builtFileResponse } from '../lib/host/builtFileResponse.ts';

/** The whole debate as open data; the build fails, listing each problem, if it does not match its schema. */
export const GET: APIRoute = ({ site, locals }) => {
  const data = debateData(locals.debate, (path) => (site ? new URL(path, site).href : path));
  const errors = schemaErrors(data);
  if (errors.length)
    throw new Error(`debate.json does not match debate.schema.json (${errors.length} problem(s)):\n- ${errors.join('\n- ')}`);
  return builtFileResponse('debate.json', jsonPieces(data), 'application/json; charset=utf-8');
};
