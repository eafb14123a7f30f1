import { afterAll, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { pagePaths } from '../support/builtSite.ts';
import { paths } from '../support/paths.ts';
import { weighPage, weightTable, type PageWeight } from '../support/pageWeight.ts';
import { samplePages, sampleSeed } from '../support/samplePages.ts';

const siteUrl = inject('siteUrl');
// Fits the first network round trip (about ten TCP packets); JavaScript gets a small slice of it.
const pageBudget = 14 * 1024;
const scriptBudget = 2 * 1024;
// Every template, on a sample of its pages (see samplePages).
const readingPages = await samplePages((await pagePaths()).filter((path) => path !== '/search/'));
const browser = useBrowser();

const weights: PageWeight[] = [];

// One test per page, so each has its own time limit; the table of all of them prints at the end.
test.each(readingPages)(
  `%s loads at most ${pageBudget} bytes brotli, ${scriptBudget} of them JavaScript, before interaction`,
  async (path) => {
    const weight = await weighPage(browser(), siteUrl, paths.site, path);
    weights.push(weight);
    expect(weight.brotliBytes).toBeLessThanOrEqual(pageBudget);
    expect(weight.jsBrotliBytes).toBeLessThanOrEqual(scriptBudget);
    // Every page loads its HTML, the stylesheet, the page script and the icon; nothing more.
    expect(weight.requests).toBeLessThanOrEqual(6);
  },
);

afterAll(() => {
  console.log(
    `\nPage weight before interaction (budget ${pageBudget} B brotli, JS ${scriptBudget} B; sample seed ${sampleSeed})\n${weightTable(weights)}\n`,
  );
});
