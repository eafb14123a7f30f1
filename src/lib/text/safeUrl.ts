import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

// The one link-safety rule: the renderer (an essay's links and images) and the importer (a draft's)
// both ask it, so an address one lets through the other cannot drop, or the reverse.

/** Schemes an essay's links may use; any other scheme (javascript:, vbscript:, data:, file:...) is dropped. */
export const linkSchemes = ['http', 'https', 'mailto'] as const;

/** Character references (`&#106;`, `&colon;`) decoded, as an HTML parser would before the browser reads the address. */
function entitiesDecoded(url: string): string {
  return url.includes('&') ? toText(fromHtml(url, { fragment: true })) : url;
}

/** Percent-escapes undone as far as they go (`%256A` → `%6A` → `j`); a malformed escape ends it. */
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
 * The scheme a browser could read from an address, lowercased, or undefined for a relative or `#`
 * link. References and percent-escapes are decoded first, however an address hides its scheme, and
 * the tabs, newlines, spaces and controls that browsers skip are dropped.
 */
export function urlScheme(url: string): string | undefined {
  return schemeOf(asBrowserReads(url));
}

/** The address with references and escapes decoded and the characters browsers skip dropped. */
function asBrowserReads(url: string): string {
  return percentDecoded(entitiesDecoded(url)).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

function schemeOf(bare: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(bare)?.[1]!.toLowerCase();
}

/** True for an http:, https:, mailto:, relative or `#` link: the only links an essay keeps. */
export function isSafeLink(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (linkSchemes as readonly string[]).includes(scheme);
}

/**
 * True for an image address on another site, which a reading page does not load: http:, https:, or
 * protocol-relative, which browsers also read from backslashes (`\\host/x.png`, `/\host/x.png`).
 */
export function isRemoteImage(url: string): boolean {
  const bare = asBrowserReads(url);
  const scheme = schemeOf(bare);
  return scheme === 'http' || scheme === 'https' || /^[\\/]{2}/.test(bare);
}
