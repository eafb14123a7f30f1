import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { spellingPairsIn, type SpellingPair } from '../lib/search/spellingVariants.ts';

/** The maintained British-to-American list (american-british-english-translator, MIT): about 1,700 words. */
const listUrl = import.meta.resolve('american-british-english-translator/data/british_spellings.json');

/** Every text file under `dir`, joined. */
async function textUnder(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true });
  const files = names.filter((name) => /\.(mdx?|ya?ml|txt|astro|ts)$/.test(name));
  return (await Promise.all(files.map((name) => readFile(join(dir, name), 'utf8')))).join('\n');
}

/**
 * The spelling pairs search folds (src/lib/search/spellingVariants.ts): those of the maintained
 * list whose British or American spelling occurs in the site's content or its pages' own words,
 * so the search code carries a few dozen pairs rather than the whole list. Read once, at config setup.
 */
export async function readSpellingPairs(contentDir: string, pagesDir: string): Promise<SpellingPair[]> {
  const list = JSON.parse(await readFile(new URL(listUrl), 'utf8')) as Record<string, string>;
  const text = (await Promise.all([textUnder(contentDir), textUnder(pagesDir)])).join('\n');
  return spellingPairsIn(text, list);
}
