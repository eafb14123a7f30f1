/** Joins the site's base path (which ends in "/") with a path inside the site. */
export function withBase(base: string, path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}
