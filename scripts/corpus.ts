// `npm run corpus -- --essays 300 --out ../corpus [--shape copies] [--seed 1]`: writes a synthetic content folder
// for `CONTENT_DIR=/tmp/corpus npm run build`. See README, "Growth".
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { writeCorpus } from './corpus/writeCorpus.ts';
import { corpusShapes, type CorpusShape } from './corpus/generateCorpus.ts';

const { values } = parseArgs({
  options: {
    essays: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    shape: { type: 'string', default: 'rewritten' },
  },
});
if (!values.essays || !values.out || !corpusShapes.includes(values.shape as CorpusShape)) {
  console.error(`usage: npm run corpus -- --essays N --out DIR [--shape ${corpusShapes.join('|')}] [--seed S]`);
  process.exit(2);
}
const files = await writeCorpus(resolve(import.meta.dirname, '..', 'content'), resolve(values.out), {
  essays: Number(values.essays),
  seed: Number(values.seed),
  shape: values.shape as CorpusShape,
});
console.log(`corpus: ${values.essays} essays (${values.shape}), ${files} files in ${resolve(values.out)}`);
