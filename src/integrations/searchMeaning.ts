import { Buffer } from 'node:buffer';
import { copyFileSync, linkSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArgumentSearchRecord } from '../lib/search/searchArgumentRecords.ts';
import {
  argumentMeanings,
  commonArgumentWords,
  encodeShard,
  findWord,
  packNibbles,
  shardCount,
  wordShard,
  type MeaningIndex,
  type WordVector,
} from '../lib/search/searchVectors.ts';
import type { VectorTable } from './vectorTable.ts';

/**
 * Writes a vocabulary into `folder` as the shards the browser fetches, split by wordShard, so a
 * reader's question fetches only the shards of its own words (scripts/vectors/deriveTable.ts).
 */
export async function writeWordShards(folder: string, words: Iterable<[string, WordVector]>, dimensions: number): Promise<void> {
  await mkdir(folder, { recursive: true });
  const shards = Array.from({ length: shardCount }, (): [string, WordVector][] => []);
  for (const entry of words) shards[wordShard(entry[0])]!.push(entry);
  await Promise.all(shards.map((entries, shard) => writeFile(join(folder, `${shard}.bin`), encodeShard(entries, dimensions))));
}

/**
 * Puts the table's shards in `<siteDir>/meaning/<version>/` as hard links: on this kind of disk,
 * writing 4,096 small files took one to three seconds of every build, linking them 60 ms. Where
 * links cannot be made (another file system), each shard is copied.
 */
export async function linkWordShards(table: VectorTable, siteDir: string): Promise<void> {
  const target = join(siteDir, 'meaning', table.version);
  await mkdir(target, { recursive: true });
  // One at a time and synchronously: nothing else runs once the pages are built, and 4,096 awaited
  // calls through libuv's thread pool took five times as long.
  for (let shard = 0; shard < shardCount; shard += 1) {
    const [from, to] = [join(table.folder, `${shard}.bin`), join(target, `${shard}.bin`)];
    try {
      linkSync(from, to);
    } catch (error) {
      if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      copyFileSync(from, to);
    }
  }
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
    (word) => findWord(word, (form) => table.words.get(form)),
    table.dimensions,
  );
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const vectors = records.flatMap(({ id }, index) => {
    const meaning = meanings[index];
    if (!meaning) return [];
    return [{ id, vector: base64(packNibbles(meaning.vector)), terms: base64(Buffer.concat(meaning.terms)) }];
  });
  const index: MeaningIndex = {
    dimensions: table.dimensions,
    shards: table.version,
    shardCount,
    commonWords: commonArgumentWords(records.map(({ text }) => text)),
    arguments: vectors,
  };
  await mkdir(join(siteDir, 'meaning'), { recursive: true });
  await writeFile(join(siteDir, 'meaning', 'index.json'), JSON.stringify(index));
  return vectors.length;
}
