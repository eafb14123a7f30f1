import { expect, test } from 'vitest';
import {
  argumentMeanings,
  commonArgumentWords,
  isCommonArgumentWord,
  cosine,
  decodeShard,
  encodeShard,
  findWord,
  packNibbles,
  settledWords,
  unpackNibbles,
  meaningScore,
  meaningWords,
  meanVector,
  quantise,
  rankWeight,
  signBits,
  signCosine,
  wordForms,
  wordShard,
  type WordVector,
} from '../../src/lib/search/searchVectors.ts';

const entry = (weight: number, ...values: number[]): WordVector => ({ weight, vector: Int8Array.from(values) });

test('takes the meaningful words out of a text: lower-cased, no stop words, no numbers, curly apostrophes straightened', () => {
  expect(meaningWords('Who pays for the 3 models? Nobody’s sure.')).toEqual(['pays', 'models', "nobody's", 'sure']);
});

test('fetches a last word the reader may still be typing only once its first four letters are in, or something follows it', () => {
  expect(settledWords('can someone st')).toEqual(['someone']);
  expect(settledWords('can someone stea')).toEqual(['someone', 'stea']);
  expect(settledWords('who pays?')).toEqual(['pays']);
  expect(settledWords('who pays')).toEqual(['pays']);
  expect(settledWords('who pay')).toEqual([]);
  expect(settledWords('who pay ')).toEqual(['pay']);
});

test('puts every word that starts with the same four letters in the same shard, within the shard count', () => {
  expect(wordShard('licence')).toBe(wordShard('licence'));
  for (const typed of ['rele', 'relea', 'releas']) expect(wordShard(typed)).toBe(wordShard('release'));
  expect(wordShard('über')).toBe(wordShard('überall'));
  expect(new Set(['a', 'b', 'c', 'licence', 'theft'].map((word) => wordShard(word, 8))).size).toBeGreaterThan(1);
  for (const word of ['misuse', 'über', 'energy']) expect(wordShard(word, 16)).toBeLessThan(16);
});

test('weighs the most common words near 0 and words ranked in the thousands near 1', () => {
  expect(rankWeight(1)).toBeLessThan(0.02);
  expect(rankWeight(5000)).toBeGreaterThan(0.98);
});

test('reads back a shard as written, words in UTF-8, weights to the nearest 1/255 and vectors in four bits a component', () => {
  const shard = encodeShard(
    [
      ['theft', entry(0.5, 1, -2, 127)],
      ['über', entry(1, -126, 0, 36)],
    ],
    3,
  );
  expect(shard.length).toBe(1 + (2 + 5 + 2) + (2 + 5 + 2));
  const words = decodeShard(shard);
  expect([...words.keys()]).toEqual(['theft', 'über']);
  expect([...words.get('über')!.vector]).toEqual([-7, 0, 2]);
  expect([...words.get('theft')!.vector]).toEqual([0, 0, 7]);
  expect(words.get('theft')!.weight).toBeCloseTo(0.5, 2);
});

test('packs a vector into half as many bytes, each component rounded to one of fifteen steps of its largest', () => {
  const vector = [0.7, -0.4, 0.1, -0.1, 0];
  const packed = packNibbles(vector);
  expect(packed.length).toBe(3);
  expect([...unpackNibbles(packed, 5)]).toEqual([7, -4, 1, -1, 0]);
  expect([...unpackNibbles(packNibbles([0, 0]), 2)]).toEqual([0, 0]);
});

test('refuses a shard cut short, naming where', () => {
  const shard = encodeShard([['theft', entry(0.5, 1, 2, 3)]], 3);
  expect(() => decodeShard(shard.subarray(0, shard.length - 1))).toThrow(/entry at byte 1 runs past/);
});

test('averages word vectors by weight, skipping unknown words and words whose factor is 0', () => {
  const table = new Map([
    ['harm', entry(1, 10, 0)],
    ['open', entry(1, 0, 10)],
  ]);
  const mean = meanVector(
    ['harm', 'open', 'unknown'],
    (word) => table.get(word),
    2,
    (word) => (word === 'open' ? 0 : 1),
  );
  expect(cosine(mean!, [1, 0])).toBeCloseTo(1);
  expect(meanVector(['unknown'], (word) => table.get(word), 2)).toBeNull();
});

test('quantises a vector to bytes without changing its direction', () => {
  const vector = [0.2, -0.5, 0.1];
  expect(cosine(quantise(vector), vector)).toBeGreaterThan(0.999);
  expect(Math.max(...quantise(vector).map(Math.abs))).toBe(127);
});

test('compares a vector with sign bits as with the ±1 vector they stand for', () => {
  const bits = signBits([3, -1, 2, -5, 1, 1, -1, 1, 4]);
  expect(bits.length).toBe(2);
  expect(signCosine([1, -1, 1, -1, 1, 1, -1, 1, 1], bits)).toBeCloseTo(1);
  expect(signCosine([-1, 1, -1, 1, -1, -1, 1, -1, -1], bits)).toBeCloseTo(-1);
});

test('ranks first the argument whose key term matches a word of the question, though its mean does not lead', () => {
  const table = new Map([
    ['difficult', entry(1, 9, 1, 0)],
    ['complex', entry(1, 8, 2, 0)],
    ['cheap', entry(1, 0, 1, 9)],
    ['money', entry(1, 0, 2, 8)],
    ['models', entry(1, 1, 9, 1)],
  ]);
  const lookup = (word: string) => table.get(word);
  const text = (claim: string, explanation: string) => ({ claim, explanation, keywords: [], quotes: [] });
  const [hard, costly] = argumentMeanings(
    [text('Complex models', 'models models models'), text('Cheap models', 'money')],
    lookup,
    3,
  );
  // "models" is in every argument: it counts for nothing in their means and is no key term.
  expect(hard!.terms).toHaveLength(1);
  const question = [table.get('difficult')!];
  const vector = meanVector(['difficult'], lookup, 3)!;
  expect(meaningScore(question, vector, hard!)).toBeGreaterThan(meaningScore(question, vector, costly!));
});

test('offers the forms of a word the table may hold instead, only those in its own shard', () => {
  expect(wordForms('peeking')).toContain('peek');
  expect(wordForms('datasets')).toEqual(['dataset']);
  expect(wordForms('nastier')).toContain('nasty');
  expect(wordForms('swapping')).toContain('swap');
  expect(wordForms('nobody’s'.replace('’', "'"))).toContain('nobody');
  expect(wordForms('uses')).not.toContain('use'); // three letters: another shard
  for (const form of wordForms('remixing')) expect(wordShard(form)).toBe(wordShard('remixing'));
  expect(wordForms('press')).not.toContain('pres');
});

test('finds a word by itself first, then by its first other form the table has', () => {
  const table = new Map([
    ['peek', 1],
    ['peeking', 2],
    ['remix', 3],
  ]);
  expect(findWord('peeking', (word) => table.get(word))).toBe(2);
  expect(findWord('remixing', (word) => table.get(word))).toBe(3);
  expect(findWord('fizzle', (word) => table.get(word))).toBeUndefined();
});

test('names the words more than half of the arguments use, counted once per argument', () => {
  const text = (claim: string) => ({ claim, explanation: '', keywords: [], quotes: [] });
  const texts = [text('Open models spread power'), text('Open models invite misuse misuse'), text('Open weights leak data')];
  expect(commonArgumentWords(texts)).toEqual(['models', 'open']);
  expect(commonArgumentWords([text('misuse'), text('misuse'), text('theft'), text('theft')])).toEqual([]);
});

test('takes the singular of a common word for a common word too', () => {
  const common = new Set(['models', 'open']);
  expect(isCommonArgumentWord('models', common)).toBe(true);
  expect(isCommonArgumentWord('model', common)).toBe(true);
  expect(isCommonArgumentWord('opening', common)).toBe(false);
  expect(isCommonArgumentWord('misuse', common)).toBe(false);
});
