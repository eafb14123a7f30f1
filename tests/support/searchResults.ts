import type { Page } from 'playwright-core';

/**
 * Waits until Pagefind has replaced the loading placeholders of the first `count` results with
 * real results, then returns the result title links in rank order.
 */
export async function topResultLinks(page: Page, count = 3): Promise<{ href: string; title: string }[]> {
  // Pagefind fills in results as they scroll into view.
  await page.locator('[data-search-page] pagefind-results').scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (wanted) => {
      const items = [...document.querySelectorAll('[data-search-page] .pf-results > *')];
      return items.length > 0 && items.slice(0, wanted).every((item) => item.matches('.search-result'));
    },
    count,
    { timeout: 10_000 },
  );
  return page
    .locator('[data-search-page] .search-result > a.result-title')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href')!, title: link.textContent!.trim() })));
}
