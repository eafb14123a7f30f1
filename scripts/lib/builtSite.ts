import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { paths } from './paths.ts';
import { pagePath } from '../../src/lib/page/routes.ts';

export { select, selectAll };

/** Reads a built page by its URL path ("/essays/x/") from the main test build. */
export async function readPage(urlPath: string, siteDir: string = paths.site): Promise<Root> {
  return fromHtml(await readFile(pageFile(siteDir, urlPath), 'utf8'));
}

/** Plain text of an element, with block elements separated as a reader sees them. */
export function textOf(node: Element | Root): string {
  return toText(node).replace(/\s+/g, ' ').trim();
}

/** URL paths of every HTML page in a build ("/", "/essays/x/", "/404.html"). */
export async function pagePaths(siteDir: string = paths.site): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true });
  return entries
    .filter((entry) => entry.endsWith('.html'))
    .map((entry) => pagePath(entry))
    .sort();
}

/** The built file of a page's URL path ("/essays/x/" is essays/x/index.html). */
export function pageFile(siteDir: string, urlPath: string): string {
  return join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

/** Raw HTML bytes of every page of a build, by URL path. */
export async function pageSizes(siteDir: string = paths.site): Promise<Map<string, number>> {
  const paths = await pagePaths(siteDir);
  return new Map(await Promise.all(paths.map(async (path) => [path, (await stat(pageFile(siteDir, path))).size] as const)));
}
