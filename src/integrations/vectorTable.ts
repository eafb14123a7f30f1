import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeShard, shardCount, shardLayout, wordShard, type WordVector } from '../lib/search/searchVectors.ts';

/**
 * The committed word-vector table, in the shards the browser fetches (scripts/vectors/deriveTable.ts
 * writes them). They are the table's only copy: the build reads them for the arguments' meanings
 * and links them into the site, so no build writes 4,096 files.
 */
export const vectorTableDir = new URL('../../data/vectors/shards/', import.meta.url);

/** The table in memory: each word's weight and vector, the vectors' length, and where its shards are. */
export interface VectorTable {
  dimensions: number;
  /** A hash of the shards and their layout, which names the folder they are served from. */
  version: string;
  words: Map<string, WordVector>;
  /** The folder of the shard files, 0.bin to (shardCount - 1).bin. */
  folder: string;
}

const folderOf = (dir: string | URL) => (dir instanceof URL ? fileURLToPath(dir) : dir);

/** A table folder's shard files as read, with the version they name, before they are decoded. */
export interface TableFiles {
  folder: string;
  /** Shard 0 to shardCount - 1, in order. */
  shards: Uint8Array[];
  /** tableVersion of the shards. */
  version: string;
}

/** Every shard file of a table folder, in order; throws naming the first one missing. */
export function readTableFiles(dir: string | URL = vectorTableDir): TableFiles {
  const folder = folderOf(dir);
  const shards = Array.from({ length: shardCount }, (_, shard) => {
    const file = join(folder, `${shard}.bin`);
    try {
      return readFileSync(file);
    } catch (error) {
      throw new Error(`${file}: expected shard ${shard} of ${shardCount} of the word-vector table (${(error as Error).message})`);
    }
  });
  return { folder, shards, version: tableVersion(shards) };
}

/** A hash of the shard layout and every shard's bytes. */
export function tableVersion(shards: readonly Uint8Array[]): string {
  const hash = createHash('sha256').update(shardLayout);
  for (const shard of shards) hash.update(shard);
  return hash.digest('hex').slice(0, 12);
}

/** The committed table's version, without decoding it. */
export function readTableVersion(dir: string | URL = vectorTableDir): string {
  return readTableFiles(dir).version;
}

/**
 * Decodes a table from its shard files; throws naming the file when a shard does not agree with
 * the others on the vectors' length, or holds a word that belongs in another shard.
 */
export function decodeVectorTable({ folder, shards, version }: TableFiles): VectorTable {
  const dimensions = shards[0]![0]!;
  const words = new Map<string, WordVector>();
  shards.forEach((bytes, shard) => {
    const file = join(folder, `${shard}.bin`);
    if (bytes[0] !== dimensions) {
      throw new Error(`${file}: expected vectors of ${dimensions} dimensions, as in 0.bin, found ${bytes[0] ?? 'an empty file'}`);
    }
    let entries: Map<string, WordVector>;
    try {
      entries = decodeShard(bytes);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    for (const [word, entry] of entries) {
      if (wordShard(word) !== shard) {
        throw new Error(`${file}: "${word}" belongs in shard ${wordShard(word)} under the layout ${shardLayout}`);
      }
      words.set(word, entry);
    }
  });
  if (!dimensions || !words.size) throw new Error(`${folder}: expected a word-vector table, found no words`);
  return { dimensions, version, words, folder };
}

/** Reads and decodes a table folder (readTableFiles, decodeVectorTable). */
export function readVectorTable(dir: string | URL = vectorTableDir): VectorTable {
  return decodeVectorTable(readTableFiles(dir));
}
