import type { APIRoute } from 'astro';
import { debateData } from '../lib/debate/debateData.ts';
import { debateAif } from '../lib/debate/debateAif.ts';
import { aifPieces } from '../lib/debate/aifPieces.ts';
import { builtFileResponse } from '../lib/host/builtFileResponse.ts';

/** The whole debate in the Argument Interchange Format (AIFdb JSON), for OVA and AIFdb; the build fails if it breaks AIF's rules. */
export const GET: APIRoute = ({ site, locals }) =>
  builtFileResponse(
    'debate.aif.json',
    aifPieces(debateAif(debateData(locals.debate, (path) => (site ? new URL(path, site).href : path)))),
    'application/json; charset=utf-8',
  );
