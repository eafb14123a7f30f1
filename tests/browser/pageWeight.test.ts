import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { pageSizes } from '../support/builtSite.ts';
import { readEssayFiles } from '../support/content.ts';
import { pageType } from '../support/pageType.ts';
import { paths } from '../support/paths.ts';
import { weighPage, weightTable, type PageWeight } from '../support/pageWeight.ts';
import { samplePages, sampleSeed } from '../support/samplePages.ts';

const siteUrl = inject('siteUrl');
// Fits the first network round trip (about ten TCP packets); JavaScript gets a small slice of it.
const pageBudget = 14 * 1024;
const scriptBudget = 2 * 1024;
const sizes = await pageSizes();
sizes.delete('/search/');
const readingPages = [...sizes.keys()];
// Every kind of page (template), not every page: the first, the largest and a random one of each.
const sample = samplePages(sizes);
const browser = useBrowser();

test('the sample covers every kind of reading page, and the build has a page for every essay', async () => {
  expect(new Set(sample.map((path) => pageType(path)))).toEqual(new Set(readingPages.map((path) => pageType(path))));
  expect(readingPages.filter((path) => pageType(path) === 'essay')).toHaveLength((await readEssayFiles()).length);
});

test(`every kind of reading page loads at most ${pageBudget} bytes brotli, ${scriptBudget} of them JavaScript, before interaction`, async () => {
  const weights: PageWeight[] = [];
  for (const path of sample) weights.push(await weighPage(browser(), siteUrl, paths.site, path));
  console.log(
    `\nPage weight before interaction (budget ${pageBudget} B brotli, JS ${scriptBudget} B; sample seed ${sampleSeed}, ` +
      `repeat with SAMPLE_SEED=${sampleSeed})\n${weightTable(weights)}\n`,
  );
  expect(weights.filter((w) => w.brotliBytes > pageBudget).map((w) => w.path)).toEqual([]);
  expect(weights.filter((w) => w.jsBrotliBytes > scriptBudget).map((w) => w.path)).toEqual([]);
  // Every page loads its HTML, the stylesheet, the page script with the two modules it imports
  // (the announcer and Vite's preload helper) and the icon: six requests, nothing more.
  expect(weights.filter((w) => w.requests > 6).map((w) => `${w.path}: ${w.requests} requests`)).toEqual([]);
  // Each page waits for the network to be idle for 500 ms; a dozen pages on two busy cores may take a minute.
}, 60_000);
