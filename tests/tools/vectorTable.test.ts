import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeWordShards } from '../../src/integrations/searchMeaning.ts';
import { readTableVersion, readVectorTable } from '../../src/integrations/vectorTable.ts';
import { encodeShard, wordShard, type WordVector } from '../../src/lib/search/searchVectors.ts';

const entry = (weight: number, ...values: number[]): WordVector => ({ weight, vector: Int8Array.from(values) });
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'vector-table-'));
  await writeWordShards(
    folder,
    [
      ['theft', entry(0.5, 7, -7, 0)],
      ['licence', entry(1, 0, 3, -7)],
    ],
    3,
  );
});
afterAll(() => rm(folder, { recursive: true, force: true }));

test('the committed table reads as 30,000 words of 99 dimensions, each in the shard its first letters choose', () => {
  const table = readVectorTable();
  expect(table.words.size).toBe(30_000);
  expect(table.dimensions).toBe(99);
  expect(table.words.get('misuse')!.vector).toHaveLength(99);
  expect(table.version).toBe(readTableVersion());
});

test('reads back a table written as shards, and names it by its contents', () => {
  const table = readVectorTable(folder);
  expect([...table.words.keys()].sort()).toEqual(['licence', 'theft']);
  expect([...table.words.get('licence')!.vector]).toEqual([0, 3, -7]);
  expect(table.version).toMatch(/^[0-9a-f]{12}$/);
  expect(table.version).not.toBe(readTableVersion());
});

test('refuses a shard holding a word that belongs in another, naming the file and the word', async () => {
  const wrong = (wordShard('theft') + 1) % 4096;
  const file = join(folder, `${wrong}.bin`);
  await writeFile(file, encodeShard([['theft', entry(1, 1, 2, 3)]], 3));
  try {
    expect(() => readVectorTable(folder)).toThrow(`${file}: "theft" belongs in shard ${wordShard('theft')}`);
  } finally {
    await writeFile(file, encodeShard([], 3));
  }
});

test('refuses a shard whose vectors are another length, or a missing shard, naming the file', async () => {
  const file = join(folder, '7.bin');
  await writeFile(file, encodeShard([], 4));
  expect(() => readVectorTable(folder)).toThrow(`${file}: expected vectors of 3 dimensions, as in 0.bin, found 4`);
  await rm(file);
  expect(() => readVectorTable(folder)).toThrow(`${file}: expected shard 7 of 4096 of the word-vector table`);
  await writeFile(file, encodeShard([], 3));
});
