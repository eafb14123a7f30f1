import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rankWeight, shardLayout, type WordVector } from '../lib/searchVectors.ts';

/** The committed word-vector table (scripts/vectors/deriveTable.ts writes it). */
export const vectorTableDir = new URL('../../data/vectors/', import.meta.url);

/** The table in memory: each word's weight and vector, and the vectors' length. */
export interface VectorTable {
  dimensions: number;
  /** A hash of the table's contents and the shard layout, which names the folder its shards are served from. */
  version: string;
  words: Map<string, WordVector>;
}

/** A hash of a table's two files and of the shard layout, which names the folder its shards are served from. */
export function tableVersion(words: string, vectors: Uint8Array): string {
  return createHash('sha256').update(shardLayout).update(words).update(vectors).digest('hex').slice(0, 12);
}

/** The committed table's version, read from its files without building the table. */
export function readTableVersion(dir: string | URL = vectorTableDir): string {
  const folder = dir instanceof URL ? fileURLToPath(dir) : dir;
  return tableVersion(readFileSync(join(folder, 'words.txt'), 'utf8'), readFileSync(join(folder, 'vectors.bin')));
}

/** Reads words.txt and vectors.bin from a table folder; throws naming the file when they do not agree. */
export async function readVectorTable(dir: string | URL = vectorTableDir): Promise<VectorTable> {
  const folder = dir instanceof URL ? fileURLToPath(dir) : dir;
  const wordsFile = join(folder, 'words.txt');
  const vectorsFile = join(folder, 'vectors.bin');
  const text = await readFile(wordsFile, 'utf8');
  const list = text.split('\n').filter(Boolean);
  const bytes = await readFile(vectorsFile);
  const version = tableVersion(text, bytes);
  const dimensions = bytes.length / list.length;
  if (!list.length || !Number.isInteger(dimensions) || dimensions > 255) {
    throw new Error(
      `${vectorsFile}: expected a whole number of bytes (at most 255) for each of the ${list.length} words in ${wordsFile}, found ${bytes.length} bytes`,
    );
  }
  const all = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const words = new Map<string, WordVector>();
  list.forEach((word, index) => {
    words.set(word, { weight: rankWeight(index + 1), vector: all.subarray(index * dimensions, (index + 1) * dimensions) });
  });
  return { dimensions, version, words };
}
