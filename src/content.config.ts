import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxEssays } from './loaders/mdxEssays.ts';
import { z } from 'astro/zod';
import { essayFrontmatter } from './lib/essay/essayFrontmatter.ts';
import { stances } from './lib/model/stance.ts';
import { relationKinds, relationKindMeanings } from './lib/model/relationKind.ts';
import { maxQuoteLength } from './lib/text/quotable.ts';
import { kebabCase } from './lib/text/kebabCase.ts';
import { contentDir as contentDirFrom } from './lib/debate/contentDir.ts';

// Tests point this at a fixture folder to prove that bad content fails the build.
const contentDir = contentDirFrom();

/**
 * The essays, one MDX file each; the file name is the essay's URL slug. The collection holds the
 * validated frontmatter; loadDebate reads and renders the bodies (see src/loaders/mdxEssays.ts).
 */
const essays = defineCollection({
  loader: mdxEssays({ base: `${contentDir}/essays` }),
  schema: essayFrontmatter,
});

/** The four topics; the MDX body is the overview, written in our words. */
const topics = defineCollection({
  loader: glob({ base: `${contentDir}/topics`, pattern: '*.mdx' }),
  schema: z.object({
    /** Short name, such as "Safety". */
    title: z.string().min(1, { error: 'title must not be empty' }),
    /** The question this topic answers, ending in a question mark. */
    question: z.string().regex(/\?$/, { error: 'question must end with a question mark' }),
    /** One line for cards and the meta description, at most 160 characters. */
    summary: z
      .string({ error: 'summary must be a string of 20 to 160 characters' })
      .min(20, { error: 'summary must be at least 20 characters' })
      .max(160, { error: 'summary must be at most 160 characters' }),
    /** Position in lists and previous/next links, from 1. */
    order: z.number().int().min(1, { error: 'order must be 1 or more' }),
  }),
});

const citation = z.object({
  /** The essay that makes the argument. */
  essay: reference('essays'),
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
  topic: reference('topics'),
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

/** Arguments, grouped in one YAML file per topic for editing; each argument names its topic. */
const argumentSets = defineCollection({
  loader: glob({ base: `${contentDir}/arguments`, pattern: '*.yaml' }),
  schema: z.object({
    /** Every argument in this file. */
    arguments: z.array(argument).min(1, { error: 'arguments must list at least one argument' }),
  }),
});

/** Old anchors kept alive after a heading or argument id changed: each lands on the new id. */
const anchorAliases = defineCollection({
  loader: glob({ base: contentDir, pattern: 'anchor-aliases.yaml' }),
  schema: z.object({
    /** One entry per retired anchor. */
    aliases: z.array(
      z.object({
        /** Path of the page, such as /essays/open-source-ai-forum-thread/ (without the base path). */
        page: z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/, { error: 'page must be a site path like /essays/some-essay/' }),
        /** The retired id that old links still use. */
        from: z.string().regex(kebabCase, { error: 'from must be the retired id, in kebab-case' }),
        /** The id that now stands in its place on the same page. */
        to: z.string().regex(kebabCase, { error: 'to must be the current id, in kebab-case' }),
      }),
    ),
  }),
});

export const collections = { essays, topics, argumentSets, anchorAliases };
