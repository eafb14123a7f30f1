// Made-up words for the synthetic corpus, so that each generated essay adds words of its own to the
// search index, as a real new essay would.
import { seededRandom, pick } from './random.ts';

const onsets = [
  'b',
  'br',
  'c',
  'cl',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'qu',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'w',
  'z',
];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const codas = ['', '', 'n', 'r', 'l', 's', 'th', 'x', 'nd', 'rk', 'st'];

/** `size` distinct lowercase pseudo-words of two to four syllables, the same for the same seed. */
export function makeVocabulary(size: number, seed: number): string[] {
  const random = seededRandom(seed);
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i += 1) word += pick(onsets, random) + pick(vowels, random) + pick(codas, random);
    words.add(word);
  }
  return [...words];
}
