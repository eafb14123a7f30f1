import { access, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { pageIds } from '../../src/lib/page/anchorLock.ts';
import { pagePath } from '../../src/lib/page/routes.ts';

/** A link that does not resolve, with the page it was found on. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** A built site, read once, that can tell whether an internal URL resolves. */
export interface BuiltSite {
  /** HTML of every page, keyed by URL path including the base ("/base/essays/x/"). */
  pages: Map<string, string>;
  /** Why a same-site URL does not resolve, or undefined when it does. */
  resolve(url: URL): Promise<string | undefined>;
  /** Records a page's ids read from a tree already parsed, so resolve need not parse the page again. */
  knowIds(path: string, ids: Set<string>): void;
}

/** The origin built links are resolved against; anything else is external. */
export const siteOrigin = 'http://site.invalid';

/** Reads a build so its links can be checked: pages, files, and the ids on each page. */
export async function loadBuiltSite(siteDir: string, base = '/'): Promise<BuiltSite> {
  const pages = new Map<string, string>();
  for (const file of (await readdir(siteDir, { recursive: true })).filter((name) => name.endsWith('.html'))) {
    pages.set(pagePath(file, base), await readFile(join(siteDir, file), 'utf8'));
  }
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) ids.set(path, pageIds(pages.get(path) ?? ''));
    return ids.get(path)!;
  };
  // Thousands of links point at the same few files (styles, scripts, cards): each is looked up once.
  const files = new Map<string, Promise<boolean>>();
  const fileExists = (pathname: string) => {
    if (!files.has(pathname))
      files.set(
        pathname,
        access(join(siteDir, decodeURIComponent(pathname.slice(base.length)))).then(
          () => true,
          () => false,
        ),
      );
    return files.get(pathname)!;
  };
  async function resolve(url: URL): Promise<string | undefined> {
    if (!url.pathname.startsWith(base)) return `path is outside the base path ${base}`;
    if (!pages.has(url.pathname) && !(await fileExists(url.pathname))) return 'no such page or file';
    // A text fragment (":~:text=") is a hint for the browser; the part before it is the anchor.
    const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
    if (fragment && !idsOf(url.pathname).has(fragment)) return `no element with id "${fragment}" on ${url.pathname}`;
    return undefined;
  }
  return { pages, resolve, knowIds: (path, found) => void ids.set(path, found) };
}

/**
 * Follows every link, stylesheet, script and image reference of every page of a build and
 * reports those that do not resolve. External URLs are listed apart; the site has none.
 */
export async function checkLinks(site: BuiltSite): Promise<{ checked: number; broken: BrokenLink[]; external: string[] }> {
  // Each page is parsed once: its ids are recorded for the links that point into it, and its own
  // references are kept to resolve once every page's ids are known.
  const refsByPage = new Map<string, string[]>();
  for (const [page, html] of site.pages) {
    const tree = fromHtml(html);
    site.knowIds(page, new Set(selectAll('[id]', tree).map((element) => String(element.properties.id))));
    refsByPage.set(page, [
      ...selectAll('a[href], link[href]:not([rel="canonical"])', tree).map((el) => String(el.properties.href)),
      ...selectAll('script[src], img[src]', tree).map((el) => String(el.properties.src)),
    ]);
  }
  const broken: BrokenLink[] = [];
  const external: string[] = [];
  let checked = 0;
  for (const [page, refs] of refsByPage) {
    for (const href of refs) {
      const url = new URL(href, `${siteOrigin}${page}`);
      if (url.origin !== siteOrigin) {
        external.push(href);
        continue;
      }
      checked += 1;
      const reason = await site.resolve(url);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return { checked, broken, external };
}
