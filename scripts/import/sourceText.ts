import { extractedLines } from './convertHtml.ts';
import { repairMojibake } from '../../src/lib/text/repairMojibake.ts';

/**
 * The text an essay must keep, from its source file as stored in content/sources/: a scraped text
 * or the article of a saved web page (one block, item or row per line), with its mojibake repaired.
 */
export function sourceText(fileName: string, raw: string): string {
  return repairMojibake(/\.html?$/i.test(fileName) ? extractedLines(raw, fileName).join('\n') : raw).text;
}
