import { normalizeForMatch } from '../text/normalizeForMatch.ts';
import type { EssaySection } from '../essay/splitSections.ts';

/** What validation needs to know of an essay. */
export interface EssayFacts {
  id: string;
  sections: readonly EssaySection[];
}

/** A citation as written in an argument file. */
export interface CitationFacts {
  essay: string;
  section: string;
  quote: string;
}

/** One answer as written on the answering argument: the other argument and the words that join them, if any. */
export interface AnswerFacts {
  argument: string;
  evidence?: CitationFacts | undefined;
}

/** An argument as written, with the file it came from for error messages. */
export interface ArgumentFacts {
  id: string;
  topic: string;
  file: string;
  citations: readonly CitationFacts[];
  answers?: readonly AnswerFacts[];
}

/** Everything the cross-reference rules look at. */
export interface DebateFacts {
  essays: readonly EssayFacts[];
  topicIds: readonly string[];
  arguments: readonly ArgumentFacts[];
}

const listOf = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

const textCache = new WeakMap<EssaySection, string>();

/** Plain text of one section, for quote matching; worked out once per section, however many quotes cite it. */
export function sectionText(section: EssaySection): string {
  let text = textCache.get(section);
  if (text === undefined) textCache.set(section, (text = normalizeForMatch([section.title, ...section.paragraphs].join(' '))));
  return text;
}

/**
 * Checks the rules a schema cannot: unique argument ids, known topics and essays, sections
 * that exist, and quotes found verbatim in the cited section; and for each answer, an argument
 * that exists and is not the answering one, one relation per pair, and evidence checked like a citation. Returns one message per problem,
 * each naming the argument, its file, the field, what was expected and what was found.
 */
export function validateDebate({ essays, topicIds, arguments: args }: DebateFacts): string[] {
  const errors: string[] = [];
  const essaysById = new Map(essays.map((essay) => [essay.id, essay]));
  const sectionsByEssay = new Map(
    essays.map((essay) => [essay.id, new Map(essay.sections.map((section) => [section.id, section]))]),
  );
  const knownTopics = new Set(topicIds);
  const firstFileById = new Map<string, string>();

  /** Checks that a quote's essay and section exist and that its words are in that section. */
  const checkQuote = (field: string, citation: CitationFacts) => {
    const essay = essaysById.get(citation.essay);
    if (!essay) {
      errors.push(`${field}.essay: expected one of ${listOf([...essaysById.keys()])}, found "${citation.essay}".`);
      return;
    }
    const section = sectionsByEssay.get(essay.id)!.get(citation.section);
    if (!section) {
      const ids = essay.sections.map(({ id }) => id).filter(Boolean);
      errors.push(
        `${field}.section: expected a heading id of essay "${essay.id}" (${listOf(ids)}), found "${citation.section}".`,
      );
      return;
    }
    if (!sectionText(section).includes(normalizeForMatch(citation.quote))) {
      errors.push(
        `${field}.quote: expected the exact words of section "${citation.section}" of essay "${essay.id}", ` +
          `but this quote is not there: "${citation.quote}".`,
      );
    }
  };

  for (const arg of args) {
    const where = `Argument "${arg.id}" in ${arg.file}`;
    const earlier = firstFileById.get(arg.id);
    if (earlier !== undefined) {
      errors.push(`${where}: id: expected an id used by no other argument, found "${arg.id}" already used in ${earlier}.`);
    } else {
      firstFileById.set(arg.id, arg.file);
    }
    if (!knownTopics.has(arg.topic)) {
      errors.push(`${where}: topic: expected one of ${listOf(topicIds)}, found "${arg.topic}".`);
    }
    arg.citations.forEach((citation, index) => checkQuote(`${where}: citations[${index}]`, citation));
  }
  // Answers are checked once every id is known, so an answer may name an argument from a later file.
  const pairs = new Map<string, string>();
  for (const arg of args) {
    (arg.answers ?? []).forEach((answer, index) => {
      const where = `Argument "${arg.id}" in ${arg.file}: answers[${index}] to "${answer.argument}":`;
      if (!firstFileById.has(answer.argument)) {
        errors.push(
          `${where} argument: expected the id of an argument, found "${answer.argument}", which no argument file defines.`,
        );
      } else if (answer.argument === arg.id) {
        errors.push(`${where} argument: expected another argument, found the argument itself.`);
      } else {
        const pair = [arg.id, answer.argument].sort().join(' and ');
        const earlier = pairs.get(pair);
        if (earlier !== undefined) {
          errors.push(
            `${where} expected one relation between "${arg.id}" and "${answer.argument}", found a second (the first: ${earlier}).`,
          );
        } else {
          pairs.set(pair, `answers[${index}] of "${arg.id}"`);
        }
      }
      if (answer.evidence) checkQuote(`${where} evidence`, answer.evidence);
    });
  }
  return errors;
}
