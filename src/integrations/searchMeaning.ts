import { Buffer } from 'node:buffer';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArgumentSearchRecord } from '../lib/searchArgumentRecords.ts';
import {
  argumentMeanings,
  encodeShard,
  quantise,
  shardCount,
  wordShard,
  type MeaningIndex,
  type WordVector,
} from '../lib/searchVectors.ts';
import type { VectorTable } from './vectorTable.ts';

/**
 * Writes what search by meaning fetches into `<siteDir>/meaning/`: index.json with every
 * argument's meaning (see argumentMeanings), and the vocabulary split
 * into shards by word hash, so a reader's question fetches only the shards of its own words.
 * Returns how many arguments had a vector; one whose words are all outside the table gets none.
 */
export async function writeMeaningIndex(
  siteDir: string,
  records: readonly ArgumentSearchRecord[],
  table: VectorTable,
): Promise<number> {
  const folder = join(siteDir, 'meaning');
  const shardFolder = join(folder, table.version);
  await mkdir(shardFolder, { recursive: true });
  const shards = Array.from({ length: shardCount }, (): [string, WordVector][] => []);
  for (const entry of table.words) shards[wordShard(entry[0])]!.push(entry);
  await Promise.all(
    shards.map((entries, shard) => writeFile(join(shardFolder, `${shard}.bin`), encodeShard(entries, table.dimensions))),
  );
  const meanings = argumentMeanings(
    records.map(({ text }) => text),
    (word) => table.words.get(word),
    table.dimensions,
  );
  const vectors = records.flatMap(({ id }, index) => {
    const meaning = meanings[index];
    if (!meaning) return [];
    const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
    return [{ id, vector: base64(new Uint8Array(quantise(meaning.vector).buffer)), terms: base64(Buffer.concat(meaning.terms)) }];
  });
  const index: MeaningIndex = { dimensions: table.dimensions, shards: table.version, shardCount, arguments: vectors };
  await writeFile(join(folder, 'index.json'), JSON.stringify(index));
  return vectors.length;
}
