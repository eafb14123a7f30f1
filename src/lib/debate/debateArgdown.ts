import type { DebateData } from './debateData.ts';

/** Argdown's relation lines, from the answering argument: attack, support, undercut. */
const relationSigns: Record<string, string> = { rebuts: '->', supports: '+>', qualifies: '_>' };

/** Text with the characters Argdown reads as markup escaped: brackets, angle brackets, tags, emphasis, mentions, braces. */
export function escapeArgdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\[\]<>#*_@{}`])/g, '\\$1');
}

/**
 * The whole debate in Argdown (argdown.org), made from the same data as /debate.json: a heading per
 * topic; each argument as `<id>: claim` tagged with its stance, then its answers as relation lines
 * (`->` rebuts, `+>` supports, `_>` qualifies, Argdown's undercut: the other's point stands, limited),
 * then each quote as a further description with its essay, section and exact-words link. The
 * editors' note and evidence of each relation follow it as a comment. The text comes in pieces, a
 * line or a few at a time, so a large debate is never one string (textStream.ts says why).
 */
export function* debateArgdown(data: DebateData): Generator<string> {
  // Blank lines are written only before a line that follows them: the text ends on its last line.
  let blanks = 0;
  for (const line of argdownLines(data)) {
    if (line) {
      yield `${'\n'.repeat(blanks)}${line}\n`;
      blanks = 0;
    } else blanks += 1;
  }
}

/** The lines of the Argdown text, blank ones included. */
function* argdownLines(data: DebateData): Generator<string> {
  const essayNames = new Map(data.essays.map((essay) => [essay.id, essay.shortTitle]));
  const answers = new Map<string, DebateData['relations']>();
  for (const relation of data.relations) answers.set(relation.from, [...(answers.get(relation.from) ?? []), relation]);
  const quoteLine = (quote: { essay: string; section: string; quote: string; url: string }) =>
    `“${escapeArgdown(quote.quote)}” (${escapeArgdown(essayNames.get(quote.essay) ?? quote.essay)}, section ${quote.section}: ${escapeArgdown(quote.url)})`;
  yield `// ${data.site.name}: the debate as Argdown. Open data: ${data.$schema}`;
  yield '// Relations: -> rebuts, +> supports, _> qualifies (accepts the point and limits it).';
  yield '';
  for (const topic of data.topics) {
    yield `# ${escapeArgdown(topic.title)}`;
    yield '';
    for (const argument of data.arguments.filter((candidate) => candidate.topic === topic.id)) {
      yield `<${argument.id}>: ${escapeArgdown(argument.claim)} #(${argument.stance})`;
      for (const relation of answers.get(argument.id) ?? []) {
        const source = 'evidence' in relation ? `evidence: ${quoteLine(relation.evidence)}` : 'editors’ pairing';
        yield `    ${relationSigns[relation.kind]} <${relation.to}>`;
        yield `    // ${relation.kind}: ${relation.note.replace(/\s+/g, ' ')} (${source.replace(/\\/g, '')})`;
      }
      yield '';
      for (const citation of argument.citations) {
        yield `<${argument.id}>: ${quoteLine(citation)}`;
        yield '';
      }
    }
  }
}
