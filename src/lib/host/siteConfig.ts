/** Where the site is published, read from the environment, so one build serves a domain root or a subpath. */
export interface SiteLocation {
  /** Origin the site is served from ("https://example.org"), or undefined when SITE_URL is not set. */
  site: string | undefined;
  /** Path prefix every internal URL starts with; always begins and ends with "/". */
  base: string;
}

/** The one line a build prints when SITE_URL is not set. */
export const siteUrlMissingNotice =
  'SITE_URL is not set, so pages have no canonical or og:url link and there is no sitemap; ' +
  'build with SITE_URL=https://your.domain to add them (README, "Deploying").';

// Path segments as a static host serves them: unreserved URL characters and percent escapes.
const basePathPattern = /^(?:\/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)+\/?$/;

/** Checks SITE_URL and returns its origin, or undefined when it is unset or empty. */
function readSiteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const expected = `SITE_URL must be the origin the site is served from, such as https://example.org`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${expected}; got "${value}", which is not an absolute URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${expected}; got "${value}", whose scheme is ${url.protocol} instead of https: or http:.`);
  }
  if (url.username || url.password || url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new Error(`${expected}; got "${value}", which carries credentials, a query or a fragment.`);
  }
  if (url.pathname !== '/') {
    throw new Error(
      `${expected}; got "${value}", which has a path. Put the path in BASE_PATH=${url.pathname.replace(/\/?$/, '/')}.`,
    );
  }
  return url.origin;
}

/** Checks BASE_PATH and returns it with a slash on both ends; "/" when it is unset or empty. */
function readBasePath(value: string | undefined): string {
  if (!value || value === '/') return '/';
  if (!basePathPattern.test(value) || value.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(
      `BASE_PATH must be a URL path that starts with "/", such as /open-models-debate/ (the trailing slash is optional); got "${value}".`,
    );
  }
  return value.endsWith('/') ? value : `${value}/`;
}

/**
 * Reads SITE_URL and BASE_PATH, the one place that checks them: an unset SITE_URL means no absolute URL
 * is published; a malformed value of either throws an error that names the variable and what was expected.
 */
export function readSiteLocation(env: Record<string, string | undefined>): SiteLocation {
  return { site: readSiteUrl(env.SITE_URL), base: readBasePath(env.BASE_PATH) };
}
