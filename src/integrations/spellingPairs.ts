import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { addWordsOf, spellingPairsIn, type SpellingPair } from '../lib/search/spellingVariants.ts';

/** The maintained British-to-American list (american-british-english-translator, MIT): about 1,700 words. */
const listUrl = import.meta.resolve('american-british-english-translator/data/british_spellings.json');

/** Files read at once: enough to keep the disk busy, few enough that their text stays small. */
const batchSize = 64;

/** Every distinct word of the text files under the folders, read a few files at a time. */
async function wordsUnder(dirs: readonly string[]): Promise<Set<string>> {
  const files = (
    await Promise.all(dirs.map(async (dir) => (await readdir(dir, { recursive: true })).map((name) => join(dir, name))))
  )
    .flat()
    .filter((path) => /\.(mdx?|ya?ml|txt|astro|ts)$/.test(path));
  const words = new Set<string>();
  for (let start = 0; start < files.length; start += batchSize) {
    const texts = await Promise.all(files.slice(start, start + batchSize).map((path) => readFile(path, 'utf8')));
    for (const text of texts) addWordsOf(text, words);
  }
  return words;
}

/**
 * The spelling pairs search folds (src/lib/search/spellingVariants.ts): those of the maintained
 * list whose British or American spelling occurs in the site's content or its pages' own words,
 * so the search code carries a few dozen pairs rather than the whole list. Read once, at config setup.
 */
export async function readSpellingPairs(contentDir: string, pagesDir: string): Promise<SpellingPair[]> {
  const list = JSON.parse(await readFile(new URL(listUrl), 'utf8')) as Record<string, string>;
  return spellingPairsIn(await wordsUnder([contentDir, pagesDir]), list);
}
