// The meaning ranking, as the browser runs it and as scripts/vectors/evaluate.ts measures it: the
// arguments decoded from the built meaning/index.json, a question's words looked up, and each
// argument scored. Fetching the files is the caller's; this module only computes.
import {
  isCommonArgumentWord,
  meaningScore,
  meaningWords,
  meanVector,
  unpackNibbles,
  type ArgumentMeaning,
  type MeaningIndex,
  type WordVector,
} from './searchVectors.ts';
import type { MeaningMatch } from './createSearch.ts';

/** meaning/index.json decoded: each argument's vector and key terms, and the words a question's meaning leaves out. */
export interface DecodedMeaning {
  dimensions: number;
  arguments: (ArgumentMeaning & { id: string })[];
  common: ReadonlySet<string>;
}

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

/** Decodes the file search by meaning starts from. */
export function decodeMeaningIndex(index: MeaningIndex): DecodedMeaning {
  const size = Math.ceil(index.dimensions / 8);
  return {
    dimensions: index.dimensions,
    common: new Set(index.commonWords),
    arguments: index.arguments.map(({ id, vector, terms }) => {
      const termBytes = bytesOf(terms);
      return {
        id,
        vector: Float32Array.from(unpackNibbles(bytesOf(vector), index.dimensions)),
        terms: Array.from({ length: termBytes.length / size }, (_, i) => termBytes.subarray(i * size, (i + 1) * size)),
      };
    }),
  };
}

/** A question's word, with its vector when the table has it. */
export interface QuestionWord {
  word: string;
  entry?: WordVector;
}

/** The words a question's meaning is taken from: its meaning words, less those most arguments use. */
export function questionMeaningWords(text: string, meaning: DecodedMeaning): string[] {
  return meaningWords(text).filter((word) => !isCommonArgumentWord(word, meaning.common));
}

/** Every argument ranked by how close its meaning is to the question's words, closest first; empty when no word is known. */
export function rankArguments(words: readonly QuestionWord[], meaning: DecodedMeaning): MeaningMatch[] {
  const known = new Map(words.map(({ word, entry }) => [word, entry]));
  const query = meanVector(
    words.map(({ word }) => word),
    (word) => known.get(word),
    meaning.dimensions,
  );
  if (!query) return [];
  const vectors = words.flatMap(({ entry }) => (entry ? [entry] : []));
  return meaning.arguments
    .map((argument) => ({ id: argument.id, score: meaningScore(vectors, query, argument) }))
    .sort((a, b) => b.score - a.score);
}

/**
 * The share of a question's words that the vectors know, each word counted by its `rarity`: how
 * much of the question the meaning ranking understood. A word outside the table ("customise") may
 * be the one that matters, and then the words' ranking should lead.
 */
export function meaningCoverage(words: readonly QuestionWord[], rarity: (word: string) => number = () => 1): number {
  const total = words.reduce((sum, { word }) => sum + rarity(word), 0);
  return total ? words.reduce((sum, { word, entry }) => sum + (entry ? rarity(word) : 0), 0) / total : 0;
}
