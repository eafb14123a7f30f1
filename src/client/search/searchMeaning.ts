// Search by meaning in the browser: the arguments' vectors come from meaning/index.json, and a
// question's words from the vocabulary shards that hold them. Both are fetched at once, only when
// a question needs them (a keyword search never does), and kept for the next.
import { meaningUrl } from '../../lib/page/routes.ts';
import {
  decodeShard,
  findWord,
  isCommonArgumentWord,
  meaningScore,
  meaningWords,
  shardCount,
  unpackNibbles,
  meanVector,
  wordShard,
  type ArgumentMeaning,
  type MeaningIndex,
  type WordVector,
} from '../../lib/search/searchVectors.ts';

/** An argument's id and how close its meaning is to the question's (cosine, -1 to 1). */
export interface MeaningMatch {
  id: string;
  score: number;
}

interface LoadedIndex {
  index: MeaningIndex;
  arguments: (ArgumentMeaning & { id: string })[];
  /** The words a question's meaning leaves out. */
  common: ReadonlySet<string>;
}

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/** An argument's meaning as index.json holds it, decoded. */
function decodeArgument(
  index: MeaningIndex,
  { id, vector, terms }: MeaningIndex['arguments'][number],
): ArgumentMeaning & { id: string } {
  const termBytes = bytesOf(terms);
  const size = Math.ceil(index.dimensions / 8);
  return {
    id,
    vector: Float32Array.from(unpackNibbles(bytesOf(vector), index.dimensions)),
    terms: Array.from({ length: termBytes.length / size }, (_, i) => termBytes.subarray(i * size, (i + 1) * size)),
  };
}

/** The folder of the word shards, named by the vector table's hash; the search index integration defines it. */
declare const __MEANING_SHARDS__: string;

let loaded: Promise<LoadedIndex | null> | undefined;
const shards = new Map<number, Promise<Map<string, WordVector>>>();

/** Starts fetching the arguments' vectors (once); search by words goes on without them if they fail to load. */
export function loadMeaning(): Promise<LoadedIndex | null> {
  loaded ??= fetch(meaningUrl('index.json'), { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<MeaningIndex>) : null))
    .then((index) =>
      index
        ? {
            index,
            arguments: index.arguments.map((argument) => decodeArgument(index, argument)),
            common: new Set(index.commonWords),
          }
        : null,
    )
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
export async function fetchWordVectors(words: readonly string[]): Promise<void> {
  await Promise.all([loadMeaning(), ...words.map((word) => shard(wordShard(word, shardCount)))]);
}

/** The last question ranked, and its ranking. */
let lastRanking: { text: string; ranking: Promise<MeaningMatch[]> } | undefined;

/**
 * Every argument ranked by how close its meaning is to the question's words, closest first; empty
 * when no word is known. Words most arguments use are left out (commonArgumentWords).
 */
export function rankByMeaning(text: string): Promise<MeaningMatch[]> {
  // The filter boxes' counts rank the same question once per box; the ranking does not depend on filters.
  if (lastRanking?.text !== text) lastRanking = { text, ranking: rank(text) };
  return lastRanking.ranking;
}

/** A question's words that its meaning is taken from (not those most arguments use), each with its vector when the table has it. */
async function questionWords(
  text: string,
): Promise<{ meaning: LoadedIndex; words: { word: string; entry?: WordVector }[] } | null> {
  const meaning = await loadMeaning();
  if (!meaning) return null;
  const words = meaningWords(text).filter((word) => !isCommonArgumentWord(word, meaning.common));
  const entries = await Promise.all(
    words.map((word) => shard(wordShard(word, shardCount)).then((found) => findWord(word, (form) => found.get(form)))),
  );
  return { meaning, words: words.map((word, i) => ({ word, entry: entries[i] })) };
}

async function rank(text: string): Promise<MeaningMatch[]> {
  const question = await questionWords(text);
  if (!question) return [];
  const { meaning, words } = question;
  const known = new Map(words.map(({ word, entry }) => [word, entry]));
  const query = meanVector(
    words.map(({ word }) => word),
    (word) => known.get(word),
    meaning.index.dimensions,
  );
  if (!query) return [];
  const vectors = words.flatMap(({ entry }) => (entry ? [entry] : []));
  return meaning.arguments
    .map((argument) => ({ id: argument.id, score: meaningScore(vectors, query, argument) }))
    .sort((a, b) => b.score - a.score);
}

/**
 * The share of a text's meaningful words (leaving out those most arguments use) that the vectors
 * know, each word counted by its `rarity`: how much of the question the meaning ranking
 * understood. A word outside the table ("customise") may be the one that matters, and then the
 * words' ranking should lead.
 */
export async function meaningCoverage(text: string, rarity: (word: string) => number = () => 1): Promise<number> {
  const words = (await questionWords(text))?.words ?? [];
  const total = words.reduce((sum, { word }) => sum + rarity(word), 0);
  return total ? words.reduce((sum, { word, entry }) => sum + (entry ? rarity(word) : 0), 0) / total : 0;
}
