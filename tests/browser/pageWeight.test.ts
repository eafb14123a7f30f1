import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { pagePaths } from '../support/builtSite.ts';
import { paths } from '../support/paths.ts';
import { weighPage, weightTable, type PageWeight } from '../support/pageWeight.ts';

const siteUrl = inject('siteUrl');
// Fits the first network round trip (about ten TCP packets); JavaScript gets a small slice of it.
const pageBudget = 14 * 1024;
const scriptBudget = 2 * 1024;
const readingPages = (await pagePaths()).filter((path) => path !== '/search/');
const browser = useBrowser();

test(`every reading page loads at most ${pageBudget} bytes brotli, ${scriptBudget} of them JavaScript, before interaction`, async () => {
  const weights: PageWeight[] = [];
  for (const path of readingPages) weights.push(await weighPage(browser(), siteUrl, paths.site, path));
  console.log(
    `\nPage weight before interaction (budget ${pageBudget} B brotli, JS ${scriptBudget} B)\n${weightTable(weights)}\n`,
  );
  expect(weights.length).toBe(13);
  expect(weights.filter((w) => w.brotliBytes > pageBudget).map((w) => w.path)).toEqual([]);
  expect(weights.filter((w) => w.jsBrotliBytes > scriptBudget).map((w) => w.path)).toEqual([]);
  // Every page loads its HTML, the site stylesheet and at most one of its own components', the
  // theme script, the page script with its two shared chunks, and the icon; nothing more.
  expect(weights.filter((w) => w.requests > 8).map((w) => w.path)).toEqual([]);
}, 120_000); // Thirteen pages weighed one after another.
