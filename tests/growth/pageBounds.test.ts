import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { pageType } from '../../scripts/lib/pageType.ts';
import { pageSizes, readPage, select } from '../../scripts/lib/builtSite.ts';
import { readEssayFiles } from '../support/content.ts';
import { growth, paths } from '../../scripts/lib/paths.ts';
import { serveSite } from '../../scripts/lib/serveSite.ts';
import { useBrowser } from '../support/useBrowser.ts';
import { weighPage, weightTable, type PageWeight } from '../../scripts/lib/pageWeight.ts';

// The same budgets as the three-essay site (tests/browser/pageWeight.test.ts): they must not depend on N.
const pageBudget = 14 * 1024;
const scriptBudget = 2 * 1024;
const rawHtmlBudget = 150 * 1024;
/** Pages allowed to grow with the corpus, a bounded number of entries per page: the paginated essay lists. */
const paginatedLists = new Set(['essays index']);

const sizes = await pageSizes(growth.site);
const pages = [...sizes.keys()];
const realEssay = (await readEssayFiles()).map((essay) => essay.id).sort()[0]!;
const browser = useBrowser();

/** The outer HTML of the page's site header and footer, with numbers (such as an essay count) as "0". */
async function chrome(siteDir: string, path: string) {
  const page = await readPage(path, siteDir);
  const htmlOf = (selector: string) => {
    const element = select(selector, page);
    if (!element) throw new Error(`${path} has no ${selector}`);
    return toHtml(element).replace(/\d+/g, '0');
  };
  return { header: htmlOf('header.site-header'), footer: htmlOf('footer.site-footer') };
}

test(`the generated site holds ${growth.essays} essay pages`, () => {
  expect(pages.filter((path) => pageType(path) === 'essay')).toHaveLength(growth.essays);
});

test('the header and footer of an essay page are the same with 300 essays as with three, but for numbers', async () => {
  const three = await chrome(paths.site, `/essays/${realEssay}/`);
  const many = await chrome(growth.site, `/essays/${realEssay}/`);
  const bytes = ({ header, footer }: typeof three) => `header ${header.length} B, footer ${footer.length} B`;
  console.log(`Essay page chrome: 3 essays ${bytes(three)}; ${growth.essays} essays ${bytes(many)}`);
  expect(many).toEqual(three);
  const generated = pages.find((path) => pageType(path) === 'essay' && !path.includes(realEssay))!;
  expect(await chrome(growth.site, generated)).toEqual(three);
});

test(`no page but a paginated list exceeds ${rawHtmlBudget / 1024} KB of raw HTML`, () => {
  const over = pages
    .filter((path) => !paginatedLists.has(pageType(path)) && sizes.get(path)! > rawHtmlBudget)
    .map((path) => `${path}: ${Math.round(sizes.get(path)! / 1024)} KB`);
  expect(over).toEqual([]);
});

test(`the heaviest reading page of each kind loads at most ${pageBudget} bytes brotli, ${scriptBudget} of them JavaScript`, async () => {
  const heaviest = new Map<string, string>();
  for (const path of pages.filter((path) => path !== '/search/')) {
    const type = pageType(path);
    const known = heaviest.get(type);
    if (!known || sizes.get(path)! > sizes.get(known)!) heaviest.set(type, path);
  }
  const served = await serveSite(growth.site);
  const weights: PageWeight[] = [];
  try {
    for (const path of heaviest.values()) weights.push(await weighPage(browser(), served.url, growth.site, path));
  } finally {
    await served.close();
  }
  console.log(`\nHeaviest page of each kind, ${growth.essays} essays\n${weightTable(weights)}\n`);
  expect(weights.filter((w) => w.brotliBytes > pageBudget).map((w) => `${w.path}: ${w.brotliBytes} B`)).toEqual([]);
  expect(weights.filter((w) => w.jsBrotliBytes > scriptBudget).map((w) => `${w.path}: ${w.jsBrotliBytes} B JS`)).toEqual([]);
});
