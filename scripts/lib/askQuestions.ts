import type { Page } from 'playwright-core';
import { openSearchPage, pageInput } from './searchResults.ts';

/** What the search page showed for one question. */
export interface Answer {
  question: string;
  /** The summary line above the results. */
  summary: string;
  /** The ids of the arguments among the first three results, in rank order ("" for a result that is not an argument). */
  topThree: string[];
  /** How many of the results carry the "Closest in meaning" label. */
  byMeaning: number;
}

/**
 * Types each question into an open search page, as a reader would, and reads the first three
 * results once the page's summary names the question. With `withoutMeaning`, the vectors of
 * search by meaning cannot be fetched, so the page searches by words alone.
 */
export async function askQuestions(
  page: Page,
  siteUrl: string,
  questions: readonly string[],
  withoutMeaning = false,
): Promise<Answer[]> {
  if (withoutMeaning) await page.route('**/meaning/**', (route) => route.abort());
  await openSearchPage(page, `${siteUrl}search/`);
  const answers: Answer[] = [];
  for (const question of questions) {
    await page.locator(pageInput).fill(question);
    await page.waitForFunction(
      (wanted) => {
        const output = document.querySelector('[data-search-page] .search-output:not([aria-busy])');
        return !!output?.querySelector('.search-summary')?.textContent?.includes(wanted);
      },
      question,
      { timeout: 15_000 },
    );
    const shown = await page.locator('[data-search-page] .search-result').evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('a.result-title')?.getAttribute('href') ?? '',
        byMeaning: !!item.querySelector('.result-meaning'),
      })),
    );
    answers.push({
      question,
      summary: (await page.locator('[data-search-page] .search-summary').innerText()).trim(),
      topThree: shown.slice(0, 3).map(({ href }) => /\/topics\/[^/]+\/(?:\?[^#]*)?#(.+)$/.exec(href)?.[1] ?? ''),
      byMeaning: shown.filter((item) => item.byMeaning).length,
    });
  }
  return answers;
}
