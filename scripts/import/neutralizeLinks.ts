import type { SanitizeWarning } from './sanitizeMdast.ts';
import { isRemoteImage, isSafeLink } from '../../src/lib/text/safeUrl.ts';

// A Markdown link or image in a scraped line: [text](address), with one level of brackets inside the
// text and of parentheses inside the address (javascript:alert(1)). The draft check catches the rest.
const inlineLink =
  /(!?)\[((?:[^[\]\\\n]|\\.|\[(?:[^[\]\\\n]|\\.)*\])*)\]\(\s*<?((?:[^()\s>\n]|\((?:[^()\n])*\))*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
// A reference definition: [label]: address
const definition = /^(\s{0,3})\[((?:[^\]\\\n]|\\.)+)\]:\s*<?(\S+?)>?(?:\s.*)?$/;

/**
 * Makes the Markdown links of a scraped line safe before the line is written into the draft: a
 * link to anything but http:, https:, mailto:, a relative path or `#` becomes its text; an image
 * becomes a link to it with its alt text when it is on the web, else its alt text. A reference
 * definition stays as it is (escapeMdx writes it as text) and is reported when unsafe.
 */
export function neutralizeLinks(line: string): { text: string; warnings: SanitizeWarning[] } {
  const warnings: SanitizeWarning[] = [];
  const def = definition.exec(line);
  if (def && !isSafeLink(def[3]!)) {
    // escapeMdx writes every definition line as plain text; the editor hears about the unsafe one.
    warnings.push({ name: 'unsafe link', detail: `the definition [${def[2]}] pointed to ${def[3]}: kept as plain text` });
    return { text: line, warnings };
  }
  const text = line.replace(inlineLink, (whole, bang: string, label: string, url: string) => {
    if (bang) {
      if (isRemoteImage(url) && label.trim()) {
        warnings.push({ name: 'remote image', detail: `"${label}": kept as a link to the image` });
        return `[${label}](${url})`;
      }
      warnings.push({ name: 'image dropped', detail: `${url}: not an image from the web; its alt text stays` });
      return label;
    }
    if (isSafeLink(url)) return whole;
    warnings.push({ name: 'unsafe link', detail: `"${label}" linked to ${url}: kept as plain text` });
    return label;
  });
  return { text, warnings };
}
