// `npm run corpus -- --essays 300 --out /tmp/corpus [--seed 1]`: writes a synthetic content folder
// for `CONTENT_DIR=/tmp/corpus npm run build`. See README, "Growth".
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { writeCorpus } from './corpus/writeCorpus.ts';

const { values } = parseArgs({
  options: { essays: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.essays || !values.out) {
  console.error('usage: npm run corpus -- --essays N --out DIR [--seed S]');
  process.exit(2);
}
const files = await writeCorpus(resolve(import.meta.dirname, '..', 'content'), resolve(values.out), {
  essays: Number(values.essays),
  seed: Number(values.seed),
});
console.log(`corpus: ${values.essays} essays, ${files} files in ${resolve(values.out)}`);
