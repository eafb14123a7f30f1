// How long each search UI waits after a keystroke before it searches: the floor under "keystroke to first result".
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The debounce of an open Component UI `<pagefind-input>` in the page, in ms (undefined if there is none). */
export async function componentUiDebounce(page: Page, inputElement: string): Promise<number | undefined> {
  const value = await page.evaluate(
    (selector) => (document.querySelector(selector) as (Element & { debounce?: unknown }) | null)?.debounce,
    inputElement,
  );
  return typeof value === 'number' ? value : undefined;
}

// Read from the built scripts: the `debounceTimeoutMs ?? N` default counts only when no script passes its own.
/** The debounce of Pagefind's Default UI built into a site's `_astro/` scripts, in ms (undefined if unknown). */
export async function defaultUiDebounce(siteDir: string): Promise<number | undefined> {
  const dir = join(siteDir, '_astro');
  const scripts = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  let fallback: number | undefined;
  for (const name of scripts) {
    const source = await readFile(join(dir, name), 'utf8');
    if (/debounceTimeoutMs\s*:/.test(source)) return undefined;
    const match = /debounceTimeoutMs\s*\?\?\s*(\d+)/.exec(source);
    if (match) fallback = Number(match[1]);
  }
  return fallback;
}
