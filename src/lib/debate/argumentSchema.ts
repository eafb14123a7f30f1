import { z } from 'astro/zod';
import { stances } from '../model/stance.ts';
import { relationKinds, relationKindMeanings } from '../model/relationKind.ts';
import { maxQuoteLength } from '../text/quotable.ts';
import { kebabCase } from '../text/kebabCase.ts';

// The arguments' schema. They are not a content collection: Astro keeps a collection's data in its
// content store and inlines the store into the build, and at a thousand essays the arguments'
// citations made that store megabytes (docs/performance.md). loadDebate reads and checks each
// file itself (readArgumentFiles in loadDebate.ts, with parseArgumentFile.ts); the essays and topics they name are checked in validateDebate.ts.

/** An essay's or topic's id, as an argument names it. */
const entryId = (what: string, example: string) =>
  z
    .string({ error: `${what} must be the id of ${what === 'essay' ? 'an essay' : 'a topic'}, like ${example}` })
    .regex(kebabCase, { error: `${what} must be the id of ${what === 'essay' ? 'an essay' : 'a topic'}, like ${example}` });

const citation = z.object({
  /** The essay that makes the argument. */
  essay: entryId('essay', 'open-source-ai-forum-thread'),
  /** Heading id of the section in that essay that holds the quote. */
  section: z
    .string()
    .regex(kebabCase, { error: 'section must be a heading id in kebab-case, like worries-about-ai-safety-and-morality' }),
  /** The authors' exact words, at most about 300 characters. */
  quote: z
    .string()
    .min(10, { error: 'quote must be at least 10 characters' })
    .max(maxQuoteLength, { error: `quote must be at most ${maxQuoteLength} characters; cite a shorter passage` }),
});

const kindList = relationKinds.map((kind) => `${kind} (${relationKindMeanings[kind]})`).join(', ');

/**
 * One argument answering another. The essays' own words join the two (evidence), or the editors
 * say plainly that the pairing is theirs; nothing is inferred. Cross-argument rules (a known
 * argument, not itself, one relation per pair, evidence verbatim) are in validateDebate.ts.
 */
const answer = z
  .object({
    /** The id of the argument this one answers. */
    argument: z.string().regex(kebabCase, { error: 'argument must be the id of another argument, like misuse-risk' }),
    /** How this argument answers it. */
    kind: z.enum(relationKinds, { error: `kind must be one of: ${kindList}` }),
    /** What joins the two, in our words, at most 200 characters; it says nothing the essays do not. */
    note: z
      .string({ error: 'note must be a sentence of 10 to 200 characters, in our words' })
      .min(10, { error: 'note must be at least 10 characters' })
      .max(200, { error: 'note must be at most 200 characters' }),
    /** The passage where an essay itself sets the two points against each other, checked like a citation. */
    evidence: citation.optional(),
    /** True when no sentence joins the two and the pairing is the editors' own. */
    editorsPairing: z
      .literal(true, { error: 'editorsPairing must be true, or left out when the answer has evidence' })
      .optional(),
  })
  .refine((value) => (value.evidence === undefined) !== (value.editorsPairing === undefined), {
    error:
      'each answer needs either evidence (essay, section, quote from the passage that joins the two) or editorsPairing: true, not both',
  });

const argument = z.object({
  /** Permanent anchor on the topic page; chosen once and never derived from the wording. */
  id: z.string().regex(kebabCase, { error: 'id must be kebab-case, like misuse-by-bad-actors' }),
  /** The topic page the argument appears on. */
  topic: entryId('topic', 'safety'),
  /** For opening models, against, or a compromise between the two. */
  stance: z.enum(stances, { error: `stance must be one of: ${stances.join(', ')}` }),
  /**
   * Words readers search with that the argument's claim and first quote do not use (funding, pays,
   * maintenance), each an honest paraphrase of what its quotes say; indexed with the argument,
   * never shown as text.
   */
  keywords: z
    .array(
      z.string().regex(kebabCase, {
        error: 'each keyword must be one lowercase word, like funding or open-weights',
      }),
      { error: 'keywords must be a list of lowercase words, like [funding, money]' },
    )
    .default([]),
  /** A few words that name the argument in lists and maps, such as "access controls and monitoring"; the claim, shortened, when left out. */
  label: z
    .string({ error: 'label must be a few words, at most 40 characters' })
    .min(3, { error: 'label must be at least 3 characters' })
    .max(40, { error: 'label must be at most 40 characters' })
    .optional(),
  /** The argument in one sentence, in our words. */
  claim: z
    .string({ error: 'claim must be one sentence of 10 to 200 characters' })
    .min(10, { error: 'claim must be at least 10 characters' })
    .max(200, { error: 'claim must be one sentence of at most 200 characters' }),
  /** What the essays say in support of the claim, in our words. */
  explanation: z.string().min(20, { error: 'explanation must be at least 20 characters' }),
  /** Where the essays make this argument: one or more verbatim quotes. */
  citations: z.array(citation).min(1, { error: 'citations must list at least one quote' }),
  /** Other arguments this one answers (rebuts, qualifies or supports), on any topic. */
  answers: z
    .array(answer, { error: 'answers must be a list of { argument, kind, note, evidence or editorsPairing }' })
    .default([]),
});

/** One argument file: the arguments of one topic, grouped for editing; each argument names its topic. */
export const argumentFile = z.object({
  /** Every argument in this file. */
  arguments: z.array(argument).min(1, { error: 'arguments must list at least one argument' }),
});

/** One argument file as its schema describes it. */
export type ArgumentFileData = z.infer<typeof argumentFile>;
