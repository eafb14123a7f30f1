// How long each search UI waits after a keystroke before it searches: the floor under "keystroke to first result".
import type { Page } from 'playwright-core';

/** The debounce of an open Component UI `<pagefind-input>` in the page, in ms (undefined if there is none). */
export async function componentUiDebounce(page: Page, inputElement: string): Promise<number | undefined> {
  const value = await page.evaluate(
    (selector) => (document.querySelector(selector) as (Element & { debounce?: unknown }) | null)?.debounce,
    inputElement,
  );
  return typeof value === 'number' ? value : undefined;
}
