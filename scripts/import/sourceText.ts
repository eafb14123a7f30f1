import { articleLines } from './convertHtml.ts';
import { repairMojibake } from '../../src/lib/repairMojibake.ts';

/**
 * The text an essay must keep, from its source file as stored in content/sources/: a scraped text
 * with its mojibake repaired, or the article of a saved web page, one block per line.
 */
export function sourceText(fileName: string, raw: string): string {
  return /\.html?$/i.test(fileName) ? articleLines(raw, fileName).join('\n') : repairMojibake(raw).text;
}
