import type { APIRoute } from 'astro';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { debateData } from '../lib/debate/debateData.ts';
import { debateAif } from '../lib/debate/debateAif.ts';
import { aifGraphErrors, aifSchema } from '../lib/debate/aifSchema.ts';
import { jsonPieces } from '../lib/text/textStream.ts';
import { builtFileResponse } from '../lib/host/builtFileResponse.ts';

const validate = new Ajv2020({ allErrors: true }).compile(aifSchema);

/** The whole debate in the Argument Interchange Format (AIFdb JSON), for OVA and AIFdb; the build fails if it breaks AIF's rules. */
export const GET: APIRoute = ({ site, locals }) => {
  const aif = debateAif(debateData(locals.debate, (path) => (site ? new URL(path, site).href : path)));
  const errors = [
    ...(validate(aif) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.message}`)),
    ...aifGraphErrors(aif),
  ];
  if (errors.length)
    throw new Error(`debate.aif.json breaks the AIF schema (${errors.length} problem(s)):\n- ${errors.join('\n- ')}`);
  return builtFileResponse('debate.aif.json', jsonPieces(aif), 'application/json; charset=utf-8');
};
