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
  const validator = debateValidator(topicIds, args);
  for (const essay of essays) validator.checkEssay(essay);
  return validator.errors();
}

/**
 * validateDebate an essay at a time: `checkEssay` checks the quotes of one essay, so that a load
 * need not hold every essay's sections at once (at 10,000 essays, hundreds of megabytes); `errors`
 * gives every problem, in the order validateDebate gives them, once every essay has been checked.
 */
export function debateValidator(topicIds: readonly string[], args: readonly ArgumentFacts[]) {
  const errors: (string | undefined)[] = [];
  const knownTopics = new Set(topicIds);
  const firstFileById = new Map<string, string>();
  const essayIds: string[] = [];
  /** Each quote's place in `errors` and its field, by the essay it cites, until that essay is checked. */
  const quotesByEssay = new Map<string, { slot: number; field: string; citation: CitationFacts }[]>();

  /** Holds a place for a quote's problem, filled when its essay is checked (or found missing). */
  const checkQuote = (field: string, citation: CitationFacts) => {
    const waiting = quotesByEssay.get(citation.essay) ?? [];
    waiting.push({ slot: errors.length, field, citation });
    quotesByEssay.set(citation.essay, waiting);
    errors.push(undefined);
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

  return {
    /** Checks that each quote of this essay names one of its sections and that its words are in that section; returns how many do not. */
    checkEssay(essay: EssayFacts): number {
      let problems = 0;
      essayIds.push(essay.id);
      const sections = new Map(essay.sections.map((section) => [section.id, section]));
      for (const { slot, field, citation } of quotesByEssay.get(essay.id) ?? []) {
        const section = sections.get(citation.section);
        if (!section) {
          const ids = essay.sections.map(({ id }) => id).filter(Boolean);
          errors[slot] =
            `${field}.section: expected a heading id of essay "${essay.id}" (${listOf(ids)}), found "${citation.section}".`;
          problems += 1;
        } else if (!sectionText(section).includes(normalizeForMatch(citation.quote))) {
          errors[slot] =
            `${field}.quote: expected the exact words of section "${citation.section}" of essay "${essay.id}", ` +
            `but this quote is not there: "${citation.quote}".`;
          problems += 1;
        }
      }
      quotesByEssay.delete(essay.id);
      return problems;
    },
    /** Every problem found, the quotes of essays never checked among them. */
    errors(): string[] {
      for (const waiting of quotesByEssay.values()) {
        for (const { slot, field, citation } of waiting) {
          errors[slot] = `${field}.essay: expected one of ${listOf(essayIds)}, found "${citation.essay}".`;
        }
      }
      quotesByEssay.clear();
      return errors.filter((error) => error !== undefined);
    },
  };
}
