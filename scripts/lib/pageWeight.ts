import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { table } from './textTable.ts';

/** What a set of requests fetched, weighed by the built files behind them. */
export interface Fetched {
  requests: number;
  rawBytes: number;
  brotliBytes: number;
  jsBrotliBytes: number;
}

/** What a page loads before the reader interacts with it. */
export interface PageWeight extends Fetched {
  path: string;
}

/** Brotli at the highest quality, as a static host would pre-compress. */
export function brotliSize(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

// Every page loads the same stylesheet, scripts and icon; compress each file once.
const brotliCache = new Map<string, number>();

/** Sums the built files behind same-origin URLs; throws on any other origin (the site makes no such request). */
export async function weighRequests(urls: readonly string[], siteUrl: string, siteDir: string): Promise<Fetched> {
  const base = new URL(siteUrl);
  const fetched: Fetched = { requests: 0, rawBytes: 0, brotliBytes: 0, jsBrotliBytes: 0 };
  for (const href of urls) {
    if (href.startsWith('data:') || href.startsWith('blob:')) continue;
    const url = new URL(href);
    if (url.origin !== base.origin) throw new Error(`${href} is not on the site's origin ${base.origin}`);
    let file = decodeURIComponent(url.pathname.slice(base.pathname.length));
    if (file === '' || file.endsWith('/')) file += 'index.html';
    const path = join(siteDir, file);
    const bytes = await readFile(path);
    const key = `${path}:${bytes.length}`;
    let compressed = brotliCache.get(key);
    if (compressed === undefined) brotliCache.set(key, (compressed = brotliSize(bytes)));
    fetched.requests += 1;
    fetched.rawBytes += bytes.length;
    fetched.brotliBytes += compressed;
    if (file.endsWith('.js')) fetched.jsBrotliBytes += compressed;
  }
  return fetched;
}

/**
 * Loads a page in Chromium, waits until the network is idle, and weighs every same-origin
 * response it fetched using the built files (bytes are deterministic; timings are not).
 */
export async function weighPage(browser: Browser, siteUrl: string, siteDir: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('requestfinished', (request) => urls.push(request.url()));
  await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href, { waitUntil: 'networkidle' });
  await context.close();
  return { path, ...(await weighRequests(urls, siteUrl, siteDir)) };
}

/** Formats weights as an aligned text table for test and benchmark output. */
export function weightTable(weights: readonly PageWeight[]): string {
  return table(
    ['page', 'requests', 'raw bytes', 'brotli bytes', 'JS brotli'],
    weights.map((w) => [w.path, w.requests, w.rawBytes, w.brotliBytes, w.jsBrotliBytes].map(String)),
  );
}
