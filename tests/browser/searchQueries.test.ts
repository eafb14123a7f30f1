import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { isVisibleInViewport, recordedPage } from '../support/page.ts';
import { topResultLinks } from '../support/searchResults.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const withoutQuery = (href: string) => href.replace(/\?[^#]*/, '');

// What a reader typing the word should find among the first three results.
const queries: [query: string, expected: string, stem: string][] = [
  ['misuse', '/topics/safety/#misuse-risk', 'misuse'],
  ['hacking', '/topics/safety/#misuse-risk', 'hacking'],
  ['theft', '/topics/safety/#data-and-model-theft', 'theft'],
  ['licence', '/topics/licensing/#licence-strings', 'licen'],
  ['commercialize', '/topics/licensing/#free-riding', 'commerciali'],
  ['competitive advantage', '/topics/licensing/#competitive-edge', 'competitive'],
  ['hybrid', '/topics/licensing/#hybrid-release', 'hybrid'],
  ['funding', '/topics/sustainability/#funded-community', 'funding'],
  ['computational resources', '/topics/sustainability/#compute-hurdle', 'computational'],
  ['biases', '/topics/transparency/#bias-hunting', 'bias'],
  ['regulation', '/topics/transparency/#mandated-disclosure', 'regulat'],
  ['fairness', '/topics/transparency/#fairness-gains', 'fair'],
  ['accuracy', '/topics/licensing/#par-with-proprietary', 'accura'],
  ['licensing', '/topics/licensing/', 'licens'],
];

describe.each(queries)('searching "%s"', (query, expected, stem) => {
  test(`puts ${expected} in the top three, and its link lands on a section with the words marked`, async () => {
    const { page, errors } = await recordedPage(browser());
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-page][data-ready]').waitFor();
    const links = (await topResultLinks(page)).map(({ href }) => href);
    const top3 = links.slice(0, 3).map(withoutQuery);
    expect(top3).toContain(expected);

    const href = links.find((link) => withoutQuery(link) === expected)!;
    await page.goto(new URL(href, siteUrl).href);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const marked = await page.locator('mark.pagefind-highlight').allInnerTexts();
    expect(marked.some((text) => text.toLowerCase().includes(stem))).toBe(true);
    const hash = new URL(href, siteUrl).hash;
    if (hash) {
      const section = `.argument:has(${hash})`;
      expect((await page.locator(section).innerText()).toLowerCase()).toContain(stem);
      expect(await isVisibleInViewport(page, hash)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
