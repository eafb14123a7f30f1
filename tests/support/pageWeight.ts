import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** What a page loads before the reader interacts with it. */
export interface PageWeight {
  path: string;
  requests: number;
  rawBytes: number;
  brotliBytes: number;
  jsBrotliBytes: number;
}

/** Brotli at the highest quality, as a static host would pre-compress. */
export function brotliSize(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
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
  const base = new URL(siteUrl);
  const weight: PageWeight = { path, requests: 0, rawBytes: 0, brotliBytes: 0, jsBrotliBytes: 0 };
  for (const href of urls) {
    const url = new URL(href);
    if (url.origin !== base.origin) throw new Error(`${path} requested ${href}, which is not on the site's origin`);
    let file = decodeURIComponent(url.pathname.slice(base.pathname.length));
    if (file === '' || file.endsWith('/')) file += 'index.html';
    const bytes = await readFile(join(siteDir, file));
    const compressed = brotliSize(bytes);
    weight.requests += 1;
    weight.rawBytes += bytes.length;
    weight.brotliBytes += compressed;
    if (file.endsWith('.js')) weight.jsBrotliBytes += compressed;
  }
  return weight;
}

/** Formats weights as an aligned text table for test and benchmark output. */
export function weightTable(weights: readonly PageWeight[]): string {
  const rows = [
    ['page', 'requests', 'raw bytes', 'brotli bytes', 'JS brotli'],
    ...weights.map((w) => [w.path, w.requests, w.rawBytes, w.brotliBytes, w.jsBrotliBytes].map(String)),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '),
    )
    .join('\n');
}
