/**
 * The site's Content-Security-Policy. Pagefind compiles its search engine to WebAssembly,
 * which needs 'wasm-unsafe-eval'; nothing else is loosened, and no inline script runs.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy as an HTTP header: the same directives plus `frame-ancestors 'none'`, which a `<meta>`
 * policy cannot carry, so no other site can frame the pages.
 */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
