/** Where the test run puts its builds; git ignores .tmp/. */
export const paths = {
  tmp: '.tmp',
  site: '.tmp/site',
  baseSite: '.tmp/site-base',
  aliasSite: '.tmp/site-renamed-anchor',
} as const;

/** The subpath the base-path build is served under, as on a GitHub Pages project site. */
export const basePath = '/open-models-debate/';

/** The generated corpus the growth tests build, and its build. */
export const growth = {
  essays: 300,
  corpus: '.tmp/corpus-growth',
  site: '.tmp/site-growth',
} as const;
