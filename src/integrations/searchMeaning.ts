import { Buffer } from 'node:buffer';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArgumentSearchRecord } from '../lib/searchArgumentRecords.ts';
import {
  argumentMeanings,
  encodeShard,
  packNibbles,
  shardCount,
  wordShard,
  type MeaningIndex,
  type WordVector,
} from '../lib/searchVectors.ts';
import type { VectorTable } from './vectorTable.ts';

/**
 * Writes the vocabulary into `folder`, split into shards by word hash, so a reader's question
 * fetches only the shards of its own words. The shards depend on the table alone, not on the
 * content, so the build writes them while the pages render (see placeWordShards).
 */
export async function writeWordShards(folder: string, table: VectorTable): Promise<void> {
  await mkdir(folder, { recursive: true });
  const shards = Array.from({ length: shardCount }, (): [string, WordVector][] => []);
  for (const entry of table.words) shards[wordShard(entry[0])]!.push(entry);
  await Promise.all(
    shards.map((entries, shard) => writeFile(join(folder, `${shard}.bin`), encodeShard(entries, table.dimensions))),
  );
}

/** Moves written shards to `<siteDir>/meaning/<table version>/`: one rename, or a copy across file systems. */
export async function placeWordShards(folder: string, siteDir: string, table: VectorTable): Promise<void> {
  const target = join(siteDir, 'meaning', table.version);
  await mkdir(join(siteDir, 'meaning'), { recursive: true });
  await rename(folder, target).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(folder, target, { recursive: true });
    await rm(folder, { recursive: true, force: true });
  });
}

/**
 * Writes `<siteDir>/meaning/index.json`, the file search by meaning starts from: every argument's
 * meaning (see argumentMeanings) and where the word shards are. Returns how many arguments had a
 * vector; one whose words are all outside the table gets none.
 */
export async function writeMeaningIndex(
  siteDir: string,
  records: readonly ArgumentSearchRecord[],
  table: VectorTable,
): Promise<number> {
  const meanings = argumentMeanings(
    records.map(({ text }) => text),
    (word) => table.words.get(word),
    table.dimensions,
  );
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const vectors = records.flatMap(({ id }, index) => {
    const meaning = meanings[index];
    if (!meaning) return [];
    return [{ id, vector: base64(packNibbles(meaning.vector)), terms: base64(Buffer.concat(meaning.terms)) }];
  });
  const index: MeaningIndex = { dimensions: table.dimensions, shards: table.version, shardCount, arguments: vectors };
  await mkdir(join(siteDir, 'meaning'), { recursive: true });
  await writeFile(join(siteDir, 'meaning', 'index.json'), JSON.stringify(index));
  return vectors.length;
}
