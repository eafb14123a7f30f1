// Sizes of a built site read from its files: pages by kind, the heaviest of each, the search index.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pagePaths } from '../../tests/support/builtSite.ts';
import { brotliSize } from '../../tests/support/pageWeight.ts';
import { pageType } from './pageType.ts';

/** The heaviest page of one kind, by raw HTML. */
export interface HeaviestPage {
  type: string;
  path: string;
  pages: number;
  rawBytes: number;
  brotliBytes: number;
}

/** What a build weighs on disk. */
export interface SiteSize {
  pages: number;
  heaviest: HeaviestPage[];
  searchIndexFiles: number;
  searchIndexBytes: number;
}

function fileOf(siteDir: string, path: string): string {
  return join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** Weighs a build: page count, the heaviest page of each kind (raw, and brotli of that page), and the Pagefind folder. */
export async function siteSize(siteDir: string, site: 'ours' | 'reference'): Promise<SiteSize> {
  const paths = await pagePaths(siteDir);
  const byType = new Map<string, { path: string; rawBytes: number; pages: number }>();
  for (const path of paths) {
    const { size } = await stat(fileOf(siteDir, path));
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
    heaviest.push({ type, ...page, brotliBytes: brotliSize(await readFile(fileOf(siteDir, page.path))) });
  }
  const indexDir = join(siteDir, 'pagefind');
  const files = (await readdir(indexDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  let searchIndexBytes = 0;
  for (const entry of files) searchIndexBytes += (await stat(join(entry.parentPath, entry.name))).size;
  return { pages: paths.length, heaviest, searchIndexFiles: files.length, searchIndexBytes };
}
