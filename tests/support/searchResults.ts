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

/**
 * Waits until the search dialog shows the results for exactly `term`: Pagefind searches while the
 * reader types, so results for a shorter prefix can render first and then be replaced, taking
 * keyboard focus with them. Result links carry the term in their highlight parameter.
 */
export async function waitForDialogResults(page: Page, term: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const link = document.querySelector<HTMLAnchorElement>('pagefind-modal .search-result a.result-title');
      const input = document.querySelector<HTMLInputElement>('pagefind-modal input');
      return input?.value === wanted && new URL(link?.href ?? 'about:blank').searchParams.get('pagefind-highlight') === wanted;
    },
    term,
    { timeout: 10_000 },
  );
}

/** The href of the focused element, once focus has moved onto a link. */
export async function focusedHref(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => document.activeElement?.getAttribute('href'), undefined, {
    timeout: 5_000,
  });
  return (await handle.jsonValue()) as string;
}
