/** Where the test run puts its builds; git ignores .tmp/. */
export const paths = {
  tmp: '.tmp',
  site: '.tmp/site',
  baseSite: '.tmp/site-base',
  aliasSite: '.tmp/site-renamed-anchor',
  draftSite: '.tmp/site-draft',
  draftReviewSite: '.tmp/site-draft-review',
} as const;

/** The subpath the base-path build is served under, as on a GitHub Pages project site. */
export const basePath = '/open-models-debate/';

/** The origin the base-path build is told it is published at (SITE_URL); the main build has none. */
export const siteOrigin = 'https://example.org';

/** The generated corpus the growth tests build, and its build. */
export const growth = {
  essays: 300,
  corpus: '.tmp/corpus-growth',
  site: '.tmp/site-growth',
} as const;
