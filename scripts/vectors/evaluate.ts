// Scores a word-vector table on the dev questions (scripts/vectors/devQuestions.ts) by meaning
// alone: how many find an answering argument in their top three, and how close the off-topic
// questions come. The measured questions (tests/support/searchQuestions.ts) are never used here.
//
//   npm run vectors:evaluate -- [folder of the table's shards, default data/vectors/shards]
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  findWord,
  isCommonArgumentWord,
  argumentMeanings,
  commonArgumentWords,
  meaningScore,
  meaningWords,
  meanVector,
} from '../../src/lib/search/searchVectors.ts';
import { readVectorTable } from '../../src/integrations/vectorTable.ts';
import { devOffTopic, devQuestions } from './devQuestions.ts';

interface ArgumentEntry {
  id: string;
  claim: string;
  explanation: string;
  keywords?: string[];
  citations: { quote: string }[];
}

const table = readVectorTable(process.argv[2] ?? 'data/vectors/shards');
const lookup = (word: string) => findWord(word, (form) => table.words.get(form));
const dir = 'content/arguments';
const entries = (
  await Promise.all(
    (await readdir(dir)).map(
      async (file) => (parse(await readFile(join(dir, file), 'utf8')) as { arguments: ArgumentEntry[] }).arguments,
    ),
  )
).flat();
const texts = entries.map((entry) => ({
  claim: entry.claim,
  explanation: entry.explanation,
  keywords: entry.keywords ?? [],
  quotes: entry.citations.map((c) => c.quote),
}));
const meanings = argumentMeanings(texts, lookup, table.dimensions).map((meaning, i) => ({
  id: entries[i]!.id,
  meaning: meaning!,
}));
// As in the browser: a question's meaning leaves out the words most arguments use.
const common = new Set(commonArgumentWords(texts));
const queryFactor = (word: string) => (isCommonArgumentWord(word, common) ? 0 : 1);
const rank = (question: string) => {
  const words = meaningWords(question);
  const query = meanVector(words, lookup, table.dimensions, queryFactor);
  if (!query) return [];
  const entries = words.flatMap((word) => {
    const entry = lookup(word);
    return entry && queryFactor(word) ? [{ weight: entry.weight, vector: entry.vector }] : [];
  });
  return meanings
    .map(({ id, meaning }) => ({ id, score: meaningScore(entries, query, meaning) }))
    .sort((a, b) => b.score - a.score);
};
let hits = 0;
for (const { question, answers } of devQuestions) {
  const ranked = rank(question);
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
for (const question of devOffTopic)
  console.log(`off-topic ${rank(question)[0]?.score.toFixed(2) ?? 'none'} ${question} → ${rank(question)[0]?.id}`);
