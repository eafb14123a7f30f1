// Scores search by meaning alone on the dev questions (scripts/vectors/devQuestions.ts): how many
// find an answering argument in their top three, and how close the off-topic questions come. It
// reads what the built site serves (meaning/index.json and its word shards: published arguments
// only, each with the quotes its search record keeps) and ranks with the browser's own function
// (rankArguments). The measured questions (tests/support/searchQuestions.ts) are never used here.
//
//   npm run build && npm run vectors:evaluate -- [built site, default dist]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  decodeMeaningIndex,
  questionMeaningWords,
  rankArguments,
  type QuestionWord,
} from '../../src/lib/search/meaningRanking.ts';
import { decodeShard, findWord, wordShard, type MeaningIndex, type WordVector } from '../../src/lib/search/searchVectors.ts';
import { devOffTopic, devQuestions } from './devQuestions.ts';

const site = process.argv[2] ?? 'dist';
const index = JSON.parse(await readFile(join(site, 'meaning', 'index.json'), 'utf8')) as MeaningIndex;
const meaning = decodeMeaningIndex(index);
const shards = new Map<number, Map<string, WordVector>>();

/** A word's shard from the built site, read once, as the browser fetches it. */
async function shard(number: number): Promise<Map<string, WordVector>> {
  if (!shards.has(number)) {
    const bytes = await readFile(join(site, 'meaning', index.shards, `${number}.bin`));
    shards.set(number, decodeShard(new Uint8Array(bytes)));
  }
  return shards.get(number)!;
}

async function rank(question: string) {
  const words: QuestionWord[] = await Promise.all(
    questionMeaningWords(question, meaning).map(async (word) => {
      const found = await shard(wordShard(word, index.shardCount));
      return { word, entry: findWord(word, (form) => found.get(form)) };
    }),
  );
  return rankArguments(words, meaning);
}

let hits = 0;
for (const { question, answers } of devQuestions) {
  const ranked = await rank(question);
  const hit = ranked.slice(0, 3).some(({ id }) => answers.includes(id));
  hits += Number(hit);
  console.log(
    `${hit ? 'hit ' : 'miss'} ${ranked[0]?.score.toFixed(2)} ${question} → ${ranked
      .slice(0, 3)
      .map(({ id }) => id)
      .join(', ')}`,
  );
}
console.log(`${hits}/${devQuestions.length} dev questions have an answer in the top three by meaning alone`);
for (const question of devOffTopic) {
  const [top] = await rank(question);
  console.log(`off-topic ${top?.score.toFixed(2) ?? 'none'} ${question} → ${top?.id}`);
}
