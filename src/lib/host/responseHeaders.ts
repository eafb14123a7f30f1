import { contentSecurityPolicyHeader } from './contentSecurityPolicy.ts';
import { cardsUrl, pagePath } from '../page/routes.ts';

/** Response headers for one URL pattern, as a `_headers` file states them. */
export interface HeaderRule {
  /** An exact URL path ("/about/") or a prefix ending in a splat ("/_astro/*"). */
  path: string;
  /** Header names and values. */
  headers: Record<string, string>;
}

/** Files whose names carry a hash of their content: a changed file gets a new name, so caches may keep them for a year. */
export const immutableCache = 'public, max-age=31536000, immutable';

/** HTML pages keep their URLs when they change: caches must check back with the host on every use. */
export const revalidateCache = 'public, max-age=0, must-revalidate';

/**
 * Features the site never uses, denied to it and to anything it might embed. Only features Chromium
 * recognises: an unknown name makes the browser log an error on every page.
 */
const deniedFeatures = [
  'accelerometer',
  'camera',
  'display-capture',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
];

/** Headers every response carries. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
};

/** Pagefind's folders whose every file is named by its content hash. */
const pagefindHashedFolders = ['fragment', 'index', 'filter'];

/**
 * The header rules for a built site, from the paths of its files relative to the output folder. Netlify
 * and Cloudflare Pages combine a header set by two matching rules differently (the last wins; the values
 * are joined), so each header is set by at most one rule for any path: security headers on every path,
 * Cache-Control on hashed assets and on each page by exact path.
 */
export function headerRules(builtFiles: string[], assetsFolder = '_astro'): HeaderRule[] {
  const files = builtFiles.map((file) => file.split('\\').join('/')).sort();
  const hashed = [
    `/${assetsFolder}/*`,
    ...pagefindHashedFolders.map((folder) => `/pagefind/${folder}/*`),
    // The metadata file sits beside unhashed files (pagefind.js), so it gets an exact rule.
    ...files.filter((file) => /^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(file)).map((file) => `/${file}`),
    // The word shards' folder is named by the hash of the vector table and shard layout (meaning/index.json, which names it, is not).
    ...new Set(files.flatMap((file) => /^meaning\/[0-9a-f]{12}\//.exec(file) ?? []).map((folder) => `/${folder}*`)),
  ];
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => pagePath(file))
    .sort();
  return [
    { path: '/*', headers: securityHeaders },
    ...hashed.map((path) => ({ path, headers: { 'Cache-Control': immutableCache } })),
    // Cards keep their names when a claim changes, like the pages that show them.
    { path: `${cardsUrl('/')}*`, headers: { 'Cache-Control': revalidateCache } },
    ...pages.map((path) => ({ path, headers: { 'Cache-Control': revalidateCache } })),
  ];
}
