// Search timings in Chromium: the site's own search UI (keystroke to first visible result, bytes
// fetched) and the Pagefind engine alone. All timestamps are taken inside the page.
import type { Browser, Page } from 'playwright-core';
import { componentUiDebounce } from './debounce.ts';
import { weighRequests, type Fetched } from '../lib/pageWeight.ts';

/** How to drive one site's search UI. */
export interface SearchUi {
  /** The page search is measured on, relative to the site URL ("" for home). */
  page: string;
  /** The key that opens search ("/" or "Control+k"). */
  openKey: string;
  /** The visible search input once search is open. */
  input: string;
  /** A rendered result with its data (not a loading placeholder). */
  result: string;
  /** A Component UI `<pagefind-input>` whose debounce to read, when the UI is one. */
  componentInput?: string;
}

/** The UI runs of one site, and the input debounce read from the page when it could be. */
export interface UiMeasurement {
  runs: UiRun[];
  debounceMs?: number;
}

/** One timed query through the UI. */
export interface UiRun {
  query: string;
  kind: 'cold' | 'warm';
  /** Last keydown to the first result element connected, in ms. */
  ms: number;
  /** Open key pressed to input visible, in ms (cold runs only; timed from Node). */
  inputReadyMs?: number;
  /** Requests from the open key (cold) or the first keystroke (warm) to the first result. */
  fetched: Fetched;
  /** Why the run has no figures (no result in time); its ms is NaN. */
  error?: string;
}

/** One timed engine search. */
export interface EngineRun {
  query: string;
  kind: 'cold' | 'warm';
  ms: number;
  results: number;
}

const stepTimeout = 10_000;
const noFetch: Fetched = { requests: Number.NaN, rawBytes: Number.NaN, brotliBytes: Number.NaN, jsBrotliBytes: Number.NaN };
/** Delay between keystrokes, a quick typist's pace. */
export const typingDelayMs = 80;

/** Records the last keydown and the first result connected after it, in the page's own clock. */
export async function instrument(page: Page, resultSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const state = { lastKey: 0, first: 0 };
    (window as unknown as { __bench: typeof state }).__bench = state;
    addEventListener(
      'keydown',
      () => {
        state.lastKey = performance.now();
        state.first = 0;
      },
      true,
    );
    new MutationObserver((records) => {
      if (state.first || !state.lastKey) return;
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.isConnected && (node.matches(selector) || node.querySelector(selector))) {
            state.first = performance.now();
            return;
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  }, resultSelector);
}

/** Waits for the first result after the last keydown and returns the delay in ms, timed in the page. */
export async function resultDelay(page: Page, query: string): Promise<number> {
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: { first: number } }).__bench.first > 0, null, {
      timeout: stepTimeout,
      polling: 20,
    });
  } catch {
    throw new Error(`no result within ${stepTimeout / 1000} s of typing "${query}"`);
  }
  return page.evaluate(() => {
    const state = (window as unknown as { __bench: { first: number; lastKey: number } }).__bench;
    return state.first - state.lastKey;
  });
}

/** Collects every request the page (and its workers) starts until `stop` is called. */
function recordRequests(page: Page): { stop: () => string[] } {
  const urls: string[] = [];
  const onRequest = (request: { url(): string }) => urls.push(request.url());
  page.on('request', onRequest);
  return {
    stop: () => {
      page.off('request', onRequest);
      return urls;
    },
  };
}

// For each query a fresh browser context loads the page, opens search with the key and types the
// query (cold), then clears the box and types `warmPerPage` further queries (warm).
/** Times keystroke to first visible result through a site's own search UI, cold and warm. */
export async function measureSearchUi(
  browser: Browser,
  siteUrl: string,
  siteDir: string,
  ui: SearchUi,
  queries: readonly string[],
  warmPerPage = 2,
): Promise<UiMeasurement> {
  const runs: UiRun[] = [];
  let debounceMs: number | undefined;
  for (const [index, query] of queries.entries()) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL(ui.page, siteUrl).href, { waitUntil: 'networkidle' });
      await instrument(page, ui.result);
      const input = page.locator(ui.input).first();

      const cold = recordRequests(page);
      const opened = performance.now();
      await page.keyboard.press(ui.openKey);
      await input.waitFor({ state: 'visible', timeout: stepTimeout });
      const inputReadyMs = performance.now() - opened;
      if (ui.componentInput) debounceMs ??= await componentUiDebounce(page, ui.componentInput);
      await input.focus();
      await page.keyboard.type(query, { delay: typingDelayMs });
      try {
        const ms = await resultDelay(page, query);
        runs.push({ query, kind: 'cold', ms, inputReadyMs, fetched: await weighRequests(cold.stop(), siteUrl, siteDir) });
      } catch (error) {
        runs.push({ query, kind: 'cold', ms: Number.NaN, inputReadyMs, fetched: noFetch, error: String(error) });
        continue;
      }

      for (let step = 1; step <= warmPerPage; step += 1) {
        const next = queries[(index + step) % queries.length]!;
        await input.fill('');
        // Both UIs drop their results once the box is empty; wait for that so only new results count.
        await page
          .waitForFunction((selector) => !document.querySelector(selector), ui.result, { timeout: 3_000 })
          .catch(() => undefined);
        const warm = recordRequests(page);
        await page.keyboard.type(next, { delay: typingDelayMs });
        try {
          const warmMs = await resultDelay(page, next);
          runs.push({ query: next, kind: 'warm', ms: warmMs, fetched: await weighRequests(warm.stop(), siteUrl, siteDir) });
        } catch (error) {
          runs.push({ query: next, kind: 'warm', ms: Number.NaN, fetched: noFetch, error: String(error) });
        }
      }
    } finally {
      await context.close();
    }
  }
  return { runs, debounceMs };
}

function engineSearch(bundle: string, query: string): string {
  return `(async () => {
    const start = performance.now();
    window.__pagefind ??= await import(${JSON.stringify(bundle)});
    const search = await window.__pagefind.search(${JSON.stringify(query)});
    if (search.results[0]) await search.results[0].data();
    return { ms: performance.now() - start, results: search.results.length };
  })()`;
}

// On a same-origin document with no site scripts (the bundle's entry JSON): a fresh context per
// query for the cold search (import and init included), then warm searches on the same page.
/** Times Pagefind alone: `search()` plus the first result's `data()`, cold and warm. */
export async function measureEngine(
  browser: Browser,
  siteUrl: string,
  queries: readonly string[],
  warmPerPage = 2,
): Promise<EngineRun[]> {
  const bundle = new URL('pagefind/pagefind.js', siteUrl).pathname;
  const runs: EngineRun[] = [];
  for (const [index, query] of queries.entries()) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL('pagefind/pagefind-entry.json', siteUrl).href, { waitUntil: 'load' });
      const cold = (await page.evaluate(engineSearch(bundle, query))) as { ms: number; results: number };
      runs.push({ query, kind: 'cold', ...cold });
      for (let step = 1; step <= warmPerPage; step += 1) {
        const next = queries[(index + step) % queries.length]!;
        const warm = (await page.evaluate(engineSearch(bundle, next))) as { ms: number; results: number };
        runs.push({ query: next, kind: 'warm', ...warm });
      }
    } finally {
      await context.close();
    }
  }
  return runs;
}
