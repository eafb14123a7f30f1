import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadRules, matchRule, type DebrisRule } from './debrisRules.ts';
import type { EssayKind } from '../model/essayKind.ts';
import { markSource } from './markSource.ts';
import { explainRemovals, removedLine, type ExplainedLine, type RemovedEntry } from './removalReasons.ts';

/** What marking an essay's source needs of the essay. */
export interface EssaySourceFacts {
  id: string;
  filePath?: string | undefined;
  data: { title: string; kind: EssayKind; removed: readonly RemovedEntry[] };
}

/**
 * The debris rules for a content folder: its own import-rules.yaml, else the importer's default
 * (content/import-rules.yaml), as a generated corpus or a test fixture has none of its own.
 */
export async function debrisRules(contentDir: string): Promise<DebrisRule[]> {
  const file = [join(contentDir, 'import-rules.yaml'), 'content/import-rules.yaml'].find((path) => existsSync(path));
  return file ? loadRules(file) : [];
}

/**
 * An essay's source marked line by line (markSource, with `kept` the essay's own headings and
 * paragraphs), each removed line with why it was removed
 * (explainRemovals, by the same rules the importer removes with), and one error per `removed:`
 * entry that nothing explains, naming the file and the entry.
 */
export function markEssaySource(
  text: string,
  essay: EssaySourceFacts,
  rules: readonly DebrisRule[],
  kept: readonly string[],
): { lines: ExplainedLine[]; errors: string[] } {
  const ruleFor = (line: string) => {
    const match = matchRule(line, rules, essay.data.kind);
    return match?.rule.action === 'remove' ? match.rule : undefined;
  };
  const marked = markSource(text, essay.data.removed.map(removedLine), kept);
  const { lines, unexplained } = explainRemovals(marked, { removed: essay.data.removed, title: essay.data.title, ruleFor });
  const errors = unexplained.map(
    ({ index, line }) =>
      `Essay "${essay.id}" in ${essay.filePath ?? essay.id}: removed[${index}]: expected a debris rule of import-rules.yaml ` +
      `to match "${line}", or a reason; found neither. Write it as { line: ${JSON.stringify(line)}, reason: "why it is not the authors' words" }.`,
  );
  return { lines, errors };
}
