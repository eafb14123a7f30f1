/**
 * A URL as a person reads it on paper: percent-escapes of spaces and letters decoded (decodeURI),
 * while those of characters that carry meaning in a URL or a text fragment (a comma, "#", and the
 * "-" that marks a fragment's prefix or suffix) stay escaped, so the address typed back, or parsed
 * as a URL, leads to the same words.
 */
export function readableUrl(url: string): string {
  try {
    return url
      .split(/(%2D)/i)
      .map((part) => (/^%2D$/i.test(part) ? part : decodeURI(part)))
      .join('');
  } catch {
    return url;
  }
}
