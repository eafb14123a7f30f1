/**
 * The URL path a static host serves a built HTML file at, from its path relative to the output
 * folder: "essays/x/index.html" becomes "/essays/x/", "404.html" stays "/404.html".
 */
export function pagePath(builtFile: string, base = '/'): string {
  return `${base}${builtFile.split('\\').join('/')}`.replace(/index\.html$/, '');
}
