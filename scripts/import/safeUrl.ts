import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** The schemes a link in an essay may use; anything else (javascript:, vbscript:, data:, file:…) is not a link. */
const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** Undoes percent-encoding as far as it goes; a malformed escape ends it. */
function percentDecoded(url: string): string {
  let text = url;
  for (let round = 0; round < 3; round++) {
    try {
      const next = decodeURIComponent(text);
      if (next === text) break;
      text = next;
    } catch {
      break;
    }
  }
  return text;
}

/**
 * The scheme a browser would read from a link address, lower-cased, after character references
 * (`&#106;`, `&colon;`) and percent-escapes are decoded and the tabs, newlines and controls that
 * browsers skip are dropped; undefined for a relative address or a `#` fragment.
 */
export function urlScheme(url: string): string | undefined {
  const decoded = percentDecoded(toText(fromHtml(url, { fragment: true })));
  // Browsers remove ASCII tabs and newlines anywhere in a URL, and leading controls and spaces.
  const folded = decoded.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(folded)?.[1];
}

/** True for an address an essay may link to: http:, https:, mailto:, a relative path or a `#` fragment. */
export function isSafeLink(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || allowedSchemes.has(scheme);
}

/** True for an image the reading page would fetch from another origin (http:, https: or protocol-relative). */
export function isRemoteImage(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === 'http' || scheme === 'https' || /^\s*\/\//.test(url);
}
