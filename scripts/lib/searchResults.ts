import type { Page } from 'playwright-core';

/** The search dialog's box, once the dialog is open. */
export const dialogInput = 'dialog.search-dialog[open] input';
/** The search page's box. */
export const pageInput = '[data-search-page] input[type="search"]';

/** Opens the search page at `url` and waits until its script has taken over the form. */
export async function openSearchPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-search-page][data-ready]').waitFor();
}

/**
 * Waits until the search page has finished its latest search (its output is no longer
 * aria-busy) and lists results, then returns the result title links in rank order.
 */
export async function topResultLinks(page: Page, count = 3): Promise<{ href: string; title: string }[]> {
  await page.waitForFunction(
    (wanted) => {
      const output = document.querySelector('[data-search-page][data-ready] .search-output:not([aria-busy])');
      const items = output?.querySelectorAll('.search-result') ?? [];
      return items.length >= Math.min(wanted, 1);
    },
    count,
    { timeout: 10_000 },
  );
  return page
    .locator('[data-search-page] .search-result > a.result-title')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href')!, title: link.textContent!.trim() })));
}

/**
 * Waits until the search dialog shows the results for exactly `term`: the dialog searches while
 * the reader types, so results for a shorter prefix can render first and then be replaced. The
 * summary names the term once its results are in.
 */
export async function waitForDialogResults(page: Page, term: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const dialog = document.querySelector('dialog.search-dialog[open]');
      const input = dialog?.querySelector('input');
      const body = dialog?.querySelector('.search-dialog-body:not([aria-busy])');
      const summary = body?.querySelector('.search-summary')?.textContent ?? '';
      return input?.value === wanted && summary.includes(wanted) && !!body?.querySelector('.search-result a.result-title');
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
