// Weighs a list of requested URLs by the built files they map to, as weighPage does for a page load.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliSize } from '../../tests/support/pageWeight.ts';

/** What a set of requests fetched: count, raw bytes and brotli bytes of the built files. */
export interface Fetched {
  requests: number;
  rawBytes: number;
  brotliBytes: number;
}

const brotliCache = new Map<string, number>();

/** Sums the built files behind same-origin URLs; throws on any other origin (the benchmark stays on loopback). */
export async function weighRequests(urls: readonly string[], siteUrl: string, siteDir: string): Promise<Fetched> {
  const base = new URL(siteUrl);
  const fetched: Fetched = { requests: 0, rawBytes: 0, brotliBytes: 0 };
  for (const href of urls) {
    if (href.startsWith('data:') || href.startsWith('blob:')) continue;
    const url = new URL(href);
    if (url.origin !== base.origin) throw new Error(`the page requested ${href}, which is not on the site's origin`);
    let file = decodeURIComponent(url.pathname.slice(base.pathname.length));
    if (file === '' || file.endsWith('/')) file += 'index.html';
    const path = join(siteDir, file);
    const bytes = await readFile(path);
    let compressed = brotliCache.get(path);
    if (compressed === undefined) brotliCache.set(path, (compressed = brotliSize(bytes)));
    fetched.requests += 1;
    fetched.rawBytes += bytes.length;
    fetched.brotliBytes += compressed;
  }
  return fetched;
}
