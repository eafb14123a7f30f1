import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

interface ArgumentKeywords {
  id: string;
  keywords?: string[];
  claim: string;
  explanation: string;
  citations: { quote: string }[];
}

/**
 * Keywords that deliberately serve more than one argument, each with the arguments it serves.
 * Every other keyword belongs to one argument only, so it leads the reader to that argument.
 */
const shared: Record<string, string[]> = {
  money: ['free-riding', 'funded-community', 'no-licence-fees'],
  download: ['misuse-risk', 'modify-and-redistribute'],
  performance: ['par-with-proprietary', 'proprietary-tuning-edge'],
  business: ['competitive-edge', 'free-riding'],
  tradeoff: ['open-but-safe', 'weigh-good-and-bad'],
  tradeoffs: ['open-but-safe', 'weigh-good-and-bad'],
};

const dir = join(import.meta.dirname, '../../content/arguments');
const argumentList: ArgumentKeywords[] = [];
for (const file of (await readdir(dir)).filter((name) => name.endsWith('.yaml'))) {
  argumentList.push(...(parse(await readFile(join(dir, file), 'utf8')) as { arguments: ArgumentKeywords[] }).arguments);
}

const servedBy = new Map<string, string[]>();
for (const argument of argumentList) {
  for (const keyword of argument.keywords ?? []) servedBy.set(keyword, [...(servedBy.get(keyword) ?? []), argument.id]);
}

test('every argument has keywords', () => {
  expect(argumentList.filter((argument) => !argument.keywords?.length).map(({ id }) => id)).toEqual([]);
});

test('every keyword serves one argument, or exactly the arguments the shared list names', () => {
  const unexpected = [...servedBy]
    .filter(([keyword, ids]) => ids.length > 1 || keyword in shared)
    .filter(([keyword, ids]) => JSON.stringify([...ids].sort()) !== JSON.stringify(shared[keyword]))
    .map(([keyword, ids]) => `${keyword}: ${ids.join(', ')}`);
  expect(unexpected).toEqual([]);
  expect(Object.keys(shared).filter((keyword) => !servedBy.has(keyword))).toEqual([]);
});

// An argument's search record holds what its topic page shows, the claim and the first quote
// (src/lib/search/searchArgumentRecords.ts); keywords add the words readers use that those do not.
test("no keyword repeats a word the argument's search record already holds: its claim and first quote", () => {
  const repeated = argumentList.flatMap((argument) => {
    const text = [argument.claim, argument.citations[0]!.quote].join(' ');
    const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu));
    return (argument.keywords ?? []).filter((keyword) => words.has(keyword)).map((keyword) => `${argument.id}: ${keyword}`);
  });
  expect(repeated).toEqual([]);
});
