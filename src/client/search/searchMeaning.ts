// Search by meaning in the browser: the arguments' vectors come from meaning/index.json, and a
// question's words from the vocabulary shards that hold them. Both are fetched at once, only when
// a question needs them (a keyword search never does), and kept for the next. The ranking itself
// is src/lib/search/meaningRanking.ts, which the dev evaluation runs too.
import { meaningUrl } from '../../lib/page/routes.ts';
import type { MeaningEngine, MeaningMatch } from '../../lib/search/createSearch.ts';
import {
  decodeMeaningIndex,
  meaningCoverage,
  questionMeaningWords,
  rankArguments,
  type DecodedMeaning,
  type QuestionWord,
} from '../../lib/search/meaningRanking.ts';
import {
  decodeShard,
  findWord,
  shardCount,
  wordShard,
  type MeaningIndex,
  type WordVector,
} from '../../lib/search/searchVectors.ts';

/** The folder of the word shards, named by the vector table's hash; the search index integration defines it. */
declare const __MEANING_SHARDS__: string;

let loaded: Promise<DecodedMeaning | null> | undefined;
const shards = new Map<number, Promise<Map<string, WordVector>>>();

/** Starts fetching the arguments' vectors (once); search by words goes on without them if they fail to load. */
function loadMeaning(): Promise<DecodedMeaning | null> {
  loaded ??= fetch(meaningUrl('index.json'), { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<MeaningIndex>) : null))
    .then((index) => (index ? decodeMeaningIndex(index) : null))
    .catch(() => null);
  return loaded;
}

/** The shard that holds a word, fetched once; an empty shard when it cannot be fetched. */
function shard(number: number): Promise<Map<string, WordVector>> {
  if (!shards.has(number)) {
    const pending = fetch(meaningUrl(`${__MEANING_SHARDS__}/${number}.bin`))
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(String(response.status)))))
      .then((buffer) => decodeShard(new Uint8Array(buffer)))
      .catch(() => {
        // Fetched again by the next search, which must then rank afresh.
        shards.delete(number);
        lastRanking = undefined;
        return new Map<string, WordVector>();
      });
    shards.set(number, pending);
  }
  return shards.get(number)!;
}

/** Fetches the arguments' vectors and the shards of the given words, all at once; resolves when they are in. */
async function fetchWords(words: readonly string[]): Promise<void> {
  await Promise.all([loadMeaning(), ...words.map((word) => shard(wordShard(word, shardCount)))]);
}

/** A question's words that its meaning is taken from, each with its vector when the table has it. */
async function questionWords(text: string): Promise<{ meaning: DecodedMeaning; words: QuestionWord[] } | null> {
  const meaning = await loadMeaning();
  if (!meaning) return null;
  const words = questionMeaningWords(text, meaning);
  const entries = await Promise.all(
    words.map((word) => shard(wordShard(word, shardCount)).then((found) => findWord(word, (form) => found.get(form)))),
  );
  return { meaning, words: words.map((word, i) => ({ word, entry: entries[i] })) };
}

/** The last question ranked, and its ranking. */
let lastRanking: { text: string; ranking: Promise<MeaningMatch[]> } | undefined;

/** The meaning engine the site's search is given: the real shards and index over the network. */
export const browserMeaning: MeaningEngine = {
  fetchWords,
  rank(text) {
    // The filter boxes' counts rank the same question once per box; the ranking does not depend on filters.
    if (lastRanking?.text !== text) {
      lastRanking = {
        text,
        ranking: questionWords(text).then((question) => (question ? rankArguments(question.words, question.meaning) : [])),
      };
    }
    return lastRanking.ranking;
  },
  async coverage(text, rarity) {
    return meaningCoverage((await questionWords(text))?.words ?? [], rarity);
  },
};
