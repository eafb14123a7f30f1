// Sizes of a built site read from its files: pages by kind, the heaviest of each, the search index.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pageFile, pageSizes } from '../lib/builtSite.ts';
import { brotliSize } from '../lib/pageWeight.ts';
import { pageType } from '../lib/pageType.ts';

/** The heaviest page of one kind, by raw HTML. */
export interface HeaviestPage {
  type: string;
  path: string;
  pages: number;
  rawBytes: number;
  brotliBytes: number;
}

/** The most raw HTML any page may weigh, as the growth tests hold at 300 essays (tests/growth/pageBounds.test.ts). */
export const rawHtmlBudget = 150 * 1024;

/** What a build weighs on disk. */
export interface SiteSize {
  pages: number;
  /** Pages over rawHtmlBudget. */
  overBudget: string[];
  heaviest: HeaviestPage[];
  searchIndexFiles: number;
  searchIndexBytes: number;
}

/** Weighs a build: page count, the heaviest page of each kind (raw, and brotli of that page), and the Pagefind folder. */
export async function siteSize(siteDir: string, site: 'ours' | 'reference'): Promise<SiteSize> {
  const sizes = await pageSizes(siteDir);
  const byType = new Map<string, { path: string; rawBytes: number; pages: number }>();
  for (const [path, size] of sizes) {
    const type = pageType(path, site);
    const known = byType.get(type);
    if (!known) byType.set(type, { path, rawBytes: size, pages: 1 });
    else {
      known.pages += 1;
      if (size > known.rawBytes) Object.assign(known, { path, rawBytes: size });
    }
  }
  const heaviest: HeaviestPage[] = [];
  for (const [type, page] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    heaviest.push({ type, ...page, brotliBytes: brotliSize(await readFile(pageFile(siteDir, page.path))) });
  }
  const indexDir = join(siteDir, 'pagefind');
  const files = (await readdir(indexDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  let searchIndexBytes = 0;
  for (const entry of files) searchIndexBytes += (await stat(join(entry.parentPath, entry.name))).size;
  const overBudget = [...sizes].filter(([, size]) => size > rawHtmlBudget).map(([path]) => path);
  return { pages: sizes.size, overBudget, heaviest, searchIndexFiles: files.length, searchIndexBytes };
}
