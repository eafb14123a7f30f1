// Word vectors for search by meaning: how words are taken out of text, which shard holds a word,
// how a shard is laid out, and how a text becomes one vector. The build (searchMeaning.ts in
// src/integrations) and the browser (src/client/search/searchMeaning.ts) both use this file, so the two
// sides cannot disagree about a word's shard or weight.
import { stopWords } from './searchWords.ts';

/** A word's vector with its weight: rare words say more about a text than common ones. */
export interface WordVector {
  weight: number;
  vector: Int8Array;
}

/** How many shards the vocabulary is split into: each holds about 7 words, some 400 bytes (median 1 kB with its neighbours by prefix). */
export const shardCount = 4096;

/**
 * How many letters of a word choose its shard. Every word that starts with the same four letters
 * is in the same shard, so a word the reader is still typing ("relea", "releas", "release") asks
 * for one shard, not one per keystroke.
 */
export const shardPrefixLetters = 4;

/**
 * Names how shards are cut and written. It goes into the name of the folder they are served
 * from, with the table's hash, so a cache that kept the shards of another layout is never asked
 * for the same file name. Change it whenever wordShard, encodeShard or shardCount changes.
 */
export const shardLayout = 'prefix4-nibbles-4096';

/** The words of a text that carry meaning: lower-cased, no stop words, no numbers. */
export function meaningWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  return words.map((word) => word.replace(/’/g, "'")).filter((word) => !stopWords.has(word) && word.length > 1);
}

/**
 * The meaning words of a query whose shards can be fetched while the reader types: every word
 * something follows, and a last word once it has enough letters to choose its shard for good
 * ("can someone st" gives "someone"; "can someone stea" gives "someone", "stea").
 */
export function settledWords(text: string): string[] {
  const words = meaningWords(text);
  const last = /\p{L}+(?:['’]\p{L}+)*$/u.test(text) ? words.at(-1) : undefined;
  return last !== undefined && [...last].length < shardPrefixLetters ? words.slice(0, -1) : words;
}

/** The shard that holds a word: FNV-1a of the UTF-8 bytes of its first four letters, modulo the shard count. */
export function wordShard(word: string, shards = shardCount): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode([...word].slice(0, shardPrefixLetters).join(''))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/**
 * Packs a vector into four bits a component (-7 to 7, scaled to its largest), two to a byte, the
 * first in the low half: half the bytes of signed bytes, and on the dev questions the same
 * answers (scripts/vectors/devQuestions.ts).
 */
export function packNibbles(vector: ArrayLike<number>): Uint8Array {
  let max = 0;
  for (let i = 0; i < vector.length; i += 1) max = Math.max(max, Math.abs(vector[i]!));
  const packed = new Uint8Array(Math.ceil(vector.length / 2));
  for (let i = 0; i < vector.length; i += 1) {
    const nibble = (max ? Math.round((vector[i]! / max) * 7) : 0) + 8;
    packed[i >> 1]! |= nibble << ((i & 1) * 4);
  }
  return packed;
}

/** Reads `dimensions` components packed by packNibbles. */
export function unpackNibbles(packed: Uint8Array, dimensions: number): Int8Array {
  const vector = new Int8Array(dimensions);
  for (let i = 0; i < dimensions; i += 1) vector[i] = ((packed[i >> 1]! >> ((i & 1) * 4)) & 15) - 8;
  return vector;
}

/**
 * Other forms of a word to look it up by when the table lacks it ("peeking": "peek", "datasets":
 * "dataset", "nastier": "nasty"): inflections stripped by rule, kept only when they share the
 * word's shard, so looking them up fetches nothing more. A few wrong guesses are harmless: each
 * is only ever used for a word the table does not have.
 */
export function wordForms(word: string): string[] {
  const stems: string[] = [];
  const strip = (suffix: string, ...endings: string[]) => {
    if (!word.endsWith(suffix)) return;
    const stem = word.slice(0, -suffix.length);
    for (const ending of endings) stems.push(stem + ending);
    // "swapping", "stopped": the consonant doubled before the suffix.
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) stems.push(stem.slice(0, -1));
  };
  strip("'s", '');
  strip('ies', 'y');
  strip('ied', 'y');
  strip('ier', 'y');
  strip('iest', 'y');
  strip('es', '', 'e');
  if (!word.endsWith('ss')) strip('s', '');
  strip('ing', '', 'e');
  strip('ed', '', 'e');
  strip('er', '', 'e');
  strip('ly', '');
  const shard = wordShard(word);
  return [...new Set(stems)].filter((stem) => stem !== word && stem.length > 2 && wordShard(stem) === shard);
}

/** A word's entry, or failing that the entry of its first other form the table has (see wordForms). */
export function findWord<T>(word: string, lookup: (word: string) => T | undefined): T | undefined {
  const entry = lookup(word);
  if (entry !== undefined) return entry;
  for (const form of wordForms(word)) {
    const found = lookup(form);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A word's weight from its frequency rank (1 is the most common word), after Arora, Liang and Ma's
 * smooth inverse frequency with Zipf's law standing in for counts: "the" weighs almost nothing,
 * a word ranked in the thousands almost 1.
 */
export function rankWeight(rank: number): number {
  return rank / (rank + 75);
}

/** Writes words with their weights and vectors as one shard: per word, its UTF-8 length, bytes, weight (0-255) and packed vector. */
export function encodeShard(entries: readonly [word: string, entry: WordVector][], dimensions: number): Uint8Array {
  const encoder = new TextEncoder();
  const parts = entries.map(([word, { weight, vector }]) => {
    const bytes = encoder.encode(word);
    if (bytes.length > 255) throw new Error(`encodeShard: "${word}" is longer than 255 bytes`);
    if (vector.length !== dimensions)
      throw new Error(`encodeShard: "${word}" has ${vector.length} dimensions, expected ${dimensions}`);
    const packed = packNibbles(vector);
    const part = new Uint8Array(2 + bytes.length + packed.length);
    part[0] = bytes.length;
    part.set(bytes, 1);
    part[1 + bytes.length] = Math.round(Math.min(1, Math.max(0, weight)) * 255);
    part.set(packed, 2 + bytes.length);
    return part;
  });
  const shard = new Uint8Array(1 + parts.reduce((sum, part) => sum + part.length, 0));
  shard[0] = dimensions;
  let at = 1;
  for (const part of parts) {
    shard.set(part, at);
    at += part.length;
  }
  return shard;
}

/** Reads a shard written by encodeShard; throws if it is cut short. */
export function decodeShard(shard: Uint8Array): Map<string, WordVector> {
  const decoder = new TextDecoder();
  const dimensions = shard[0] ?? 0;
  const words = new Map<string, WordVector>();
  let at = 1;
  while (at < shard.length) {
    const length = shard[at]!;
    const end = at + 2 + length + Math.ceil(dimensions / 2);
    if (end > shard.length) throw new Error(`decodeShard: an entry at byte ${at} runs past the shard's ${shard.length} bytes`);
    const word = decoder.decode(shard.subarray(at + 1, at + 1 + length));
    const weight = shard[at + 1 + length]! / 255;
    words.set(word, { weight, vector: unpackNibbles(shard.subarray(at + 2 + length, end), dimensions) });
    at = end;
  }
  return words;
}

/**
 * The weighted mean of word vectors, one count per occurrence, each weighted by its table weight
 * times `factor(word)` (1 unless given); null when no word has a vector.
 */
export function meanVector(
  words: readonly string[],
  lookup: (word: string) => WordVector | undefined,
  dimensions: number,
  factor: (word: string) => number = () => 1,
): Float32Array | null {
  const sum = new Float32Array(dimensions);
  let found = false;
  // A word that occurs many times is looked up and normalised once.
  const norms = new Map<WordVector, number>();
  for (const word of words) {
    const entry = lookup(word);
    const weight = entry ? entry.weight * factor(word) : 0;
    if (!entry || !weight) continue;
    found = true;
    // Each stored vector has unit length up to its quantisation scale; normalise before weighting.
    let norm = norms.get(entry);
    if (norm === undefined) norms.set(entry, (norm = Math.hypot(...entry.vector) || 1));
    for (let i = 0; i < dimensions; i += 1) sum[i]! += (weight * entry.vector[i]!) / norm;
  }
  return found ? sum : null;
}

/** Cosine similarity of two vectors of the same length (0 when either is all zeros). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa && bb ? dot / Math.sqrt(aa * bb) : 0;
}

/** A vector quantised to signed bytes, scaled so its largest component is ±127 (cosine does not mind the scale). */
export function quantise(vector: ArrayLike<number>): Int8Array {
  let max = 0;
  for (let i = 0; i < vector.length; i += 1) max = Math.max(max, Math.abs(vector[i]!));
  const out = new Int8Array(vector.length);
  if (max) for (let i = 0; i < vector.length; i += 1) out[i] = Math.round((vector[i]! / max) * 127);
  return out;
}

/** The parts of an argument its meaning is taken from. */
export interface ArgumentText {
  claim: string;
  explanation: string;
  keywords: readonly string[];
  quotes: readonly string[];
}

/**
 * The words an argument's mean vector is taken from: its claim counted twice (it is the argument
 * in one sentence), its explanation, its keywords and its quotes.
 */
export function argumentWords({ claim, explanation, keywords, quotes }: ArgumentText): string[] {
  const claimWords = meaningWords(claim);
  return [
    ...claimWords,
    ...claimWords,
    ...meaningWords(explanation),
    ...keywords.flatMap(meaningWords),
    ...quotes.flatMap(meaningWords),
  ];
}

/** What an argument's meaning is compared by: the mean of its words, and the sign bits of its key terms' vectors. */
export interface ArgumentMeaning {
  vector: Float32Array;
  /** One bit per dimension (set: positive) for each distinct claim or keyword term, ceil(dimensions / 8) bytes each. */
  terms: Uint8Array[];
}

/** For each word, how many of the arguments' word lists hold it. */
function argumentCounts(lists: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const word of new Set(list)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** A word held by more than half of the arguments: it tells them apart no more than "open" does. */
const onMostArguments = (count: number, total: number) => count * 2 > total;

/**
 * Every argument's meaning, or null for one none of whose words has a vector. In the mean, a word's
 * weight is also scaled by how few arguments use it (inverse document frequency over the
 * arguments, 0 for a word all of them use): "open" and "models" say nothing about which argument
 * a text is. The key terms are the claim's and keywords' words that at most half the arguments use.
 */
export function argumentMeanings(
  texts: readonly ArgumentText[],
  lookup: (word: string) => WordVector | undefined,
  dimensions: number,
): (ArgumentMeaning | null)[] {
  const words = texts.map(argumentWords);
  const documents = argumentCounts(words);
  const rarity = (word: string) => Math.log(texts.length / (documents.get(word) ?? 1)) / Math.log(texts.length || 2);
  return texts.map((text, index) => {
    const vector = meanVector(words[index]!, lookup, dimensions, rarity);
    if (!vector) return null;
    const terms = new Set([...meaningWords(text.claim), ...text.keywords.flatMap(meaningWords)]);
    const key = [...terms].filter((word) => !onMostArguments(documents.get(word) ?? 0, texts.length));
    return { vector, terms: key.flatMap((word) => (lookup(word) ? [signBits(lookup(word)!.vector)] : [])) };
  });
}

/**
 * The words more than half of the arguments use ("open", "models"): they say nothing about which
 * argument a question means, so a question's meaning leaves them out. Counted on the arguments'
 * own words, as their vectors are, not on Pagefind's counts, which stem and match prefixes ("sued"
 * is searched as "su", which most records have).
 */
export function commonArgumentWords(texts: readonly ArgumentText[]): string[] {
  return [...argumentCounts(texts.map(argumentWords))]
    .filter(([, count]) => onMostArguments(count, texts.length))
    .map(([word]) => word)
    .sort();
}

/** Whether a question's word is one most arguments use, or the singular of one ("model": "models"). */
export function isCommonArgumentWord(word: string, common: ReadonlySet<string>): boolean {
  return common.has(word) || common.has(`${word}s`);
}

/** A vector's signs as bits, first dimension in the lowest bit of the first byte. */
export function signBits(vector: ArrayLike<number>): Uint8Array {
  const bits = new Uint8Array(Math.ceil(vector.length / 8));
  for (let i = 0; i < vector.length; i += 1) if (vector[i]! > 0) bits[i >> 3]! |= 1 << (i & 7);
  return bits;
}

/** The cosine of a vector with the ±1 vector that sign bits stand for. */
export function signCosine(vector: ArrayLike<number>, bits: Uint8Array): number {
  let dot = 0;
  let norm = 0;
  for (let i = 0; i < vector.length; i += 1) {
    dot += (bits[i >> 3]! >> (i & 7)) & 1 ? vector[i]! : -vector[i]!;
    norm += vector[i]! * vector[i]!;
  }
  return norm ? dot / Math.sqrt(norm * vector.length) : 0;
}

/**
 * How close an argument is to a question: the mean over the question's words (by weight) of each
 * word's best match among the argument's key terms, plus the cosine of the two mean vectors. The
 * first finds the one word that answers ("difficult" and "complex"), the second the drift of the whole.
 */
export function meaningScore(
  question: readonly WordVector[],
  questionVector: ArrayLike<number>,
  argument: ArgumentMeaning,
): number {
  const total = question.reduce((sum, { weight }) => sum + weight, 0);
  const best = question.reduce(
    (sum, { weight, vector }) => sum + weight * Math.max(0, ...argument.terms.map((term) => signCosine(vector, term))),
    0,
  );
  return (total ? best / total : 0) + cosine(questionVector, argument.vector);
}

/** The file a search by meaning starts from (meaning/index.json): each argument's vector, and where the word shards are. */
export interface MeaningIndex {
  dimensions: number;
  /** The folder of word shards under meaning/, named by the table's content hash so it can be cached for good. */
  shards: string;
  shardCount: number;
  /** The words a question's meaning leaves out (commonArgumentWords). */
  commonWords: string[];
  /** Each argument's id, its mean vector packed by packNibbles in base64, and its key terms' sign bits, joined, in base64. */
  arguments: { id: string; vector: string; terms: string }[];
}
