/** Reads where the site is published from the environment, so one build serves a domain root or a subpath. */
export interface SiteLocation {
  /** Absolute origin the site is served from, used for canonical and sitemap URLs. */
  site: string;
  /** Path prefix every internal URL starts with; always begins and ends with "/". */
  base: string;
}

/** Normalises `SITE_URL` and `BASE_PATH` into a site origin and a base path with slashes on both ends. */
export function readSiteLocation(env: Record<string, string | undefined>): SiteLocation {
  const site = (env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
  const trimmed = (env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '');
  return { site, base: trimmed ? `/${trimmed}/` : '/' };
}
