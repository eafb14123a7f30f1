/** Schemes an essay's links may use; any other scheme (javascript:, vbscript:, data:, file:...) is dropped. */
export const linkSchemes = ['http', 'https', 'mailto'] as const;

/**
 * The scheme a browser would read from an href, lowercased, or undefined for a relative or `#`
 * link. Browsers ignore tabs and newlines anywhere in a URL and spaces and control characters
 * around it, and an href may hide its scheme behind percent-encoding, so both are undone first.
 */
export function urlScheme(href: string): string | undefined {
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    // A lone "%" is not an escape: the href is read as written.
  }
  const bare = decoded.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(bare)?.[1]!.toLowerCase();
}

/** True for an http:, https:, mailto:, relative or `#` link: the only links an essay keeps. */
export function isSafeLink(href: string): boolean {
  const scheme = urlScheme(href);
  return scheme === undefined || (linkSchemes as readonly string[]).includes(scheme);
}

/** True for an image address on another site (http:, https: or protocol-relative), which a reading page does not load. */
export function isRemoteImage(src: string): boolean {
  const scheme = urlScheme(src);
  return scheme === 'http' || scheme === 'https' || /^[\\/]{2}/.test(src.trim());
}
