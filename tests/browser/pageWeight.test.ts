import { afterAll, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { pageSizes } from '../../scripts/lib/builtSite.ts';
import { readEssayFiles } from '../support/content.ts';
import { pageType } from '../../scripts/lib/pageType.ts';
import { paths } from '../../scripts/lib/paths.ts';
import { weighPage, weightTable, type PageWeight } from '../../scripts/lib/pageWeight.ts';
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
const weights: PageWeight[] = [];

test('the sample covers every kind of reading page, and the build has a page for every essay', async () => {
  expect(new Set(sample.map((path) => pageType(path)))).toEqual(new Set(readingPages.map((path) => pageType(path))));
  expect(readingPages.filter((path) => pageType(path) === 'essay')).toHaveLength((await readEssayFiles()).length);
});

// One test per page, so each has its own time limit; the table of all of them prints at the end.
test.each(sample)(
  `%s loads at most ${pageBudget} bytes brotli, ${scriptBudget} of them JavaScript, before interaction`,
  async (path) => {
    const weight = await weighPage(browser(), siteUrl, paths.site, path);
    weights.push(weight);
    expect(weight.brotliBytes).toBeLessThanOrEqual(pageBudget);
    expect(weight.jsBrotliBytes).toBeLessThanOrEqual(scriptBudget);
    // Every page loads its HTML, the stylesheet, the theme script (in the head, before first paint),
    // the page script with the two modules it imports and the icon: seven requests, nothing more.
    expect(weight.requests).toBeLessThanOrEqual(7);
  },
);

afterAll(() => {
  console.log(
    `\nPage weight before interaction (budget ${pageBudget} B brotli, JS ${scriptBudget} B; sample seed ${sampleSeed}, ` +
      `repeat with SAMPLE_SEED=${sampleSeed})\n${weightTable(weights)}\n`,
  );
});
