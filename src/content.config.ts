import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxEssays } from './loaders/mdxEssays.ts';
import { z } from 'astro/zod';
import { essayKinds } from './lib/essayKind.ts';
import { stances } from './lib/stance.ts';
import { contentDir as contentDirFrom } from './lib/contentDir.ts';

// Tests point this at a fixture folder to prove that bad content fails the build.
const contentDir = contentDirFrom();

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The essays, one MDX file each; the file name is the essay's URL slug. The collection holds the
 * validated frontmatter; loadDebate reads and renders the bodies (see src/loaders/mdxEssays.ts).
 */
const essays = defineCollection({
  loader: mdxEssays({ base: `${contentDir}/essays` }),
  schema: z
    .object({
      /** Title shown as the page h1 and in search results. */
      title: z.string({ error: 'title must be a non-empty string' }).min(1, { error: 'title must not be empty' }),
      /** Short name for tables such as "Where the essays stand", at most 24 characters. */
      navLabel: z
        .string({ error: 'navLabel must be a string of 1 to 24 characters' })
        .min(1, { error: 'navLabel must not be empty' })
        .max(24, { error: 'navLabel must be at most 24 characters' }),
      /** Meta description: one sentence in our words, at most 160 characters; a draft may leave it out. */
      description: z
        .string({ error: 'description must be a string of at most 160 characters' })
        .min(20, { error: 'description must be at least 20 characters' })
        .max(160, { error: 'description must be at most 160 characters (it is the meta description)' })
        .optional(),
      /** What the source is: an article or a forum thread. */
      kind: z.enum(essayKinds, { error: `kind must be one of: ${essayKinds.join(', ')}` }),
      /** File name of the source in content/sources (read by loadDebate): a scraped text or a saved web page. */
      source: z
        .string({ error: 'source must be the source file name, like 000_3b0d60257874b7d8.txt' })
        .regex(/^[\w.-]+\.(?:txt|html)$/, { error: 'source must be a .txt or .html file name, like 000_3b0d60257874b7d8.txt' }),
      /** Position in lists and navigation, from 1. */
      order: z.number({ error: 'order must be a whole number from 1' }).int().min(1, { error: 'order must be 1 or more' }),
      /** True when the source has no title and the editors supplied one. */
      editorialTitle: z.boolean().default(false),
      /** The site or platform the text was scraped from, as far as the scraped text shows; omit when it does not show it. */
      platform: z.string().min(1, { error: 'platform must not be empty; omit it when the source does not show it' }).optional(),
      /** The original address, when the scrape preserved it. */
      url: z.url({ error: 'url must be an absolute URL, like https://example.com/post' }).optional(),
      /** Author named in the source's byline, when the scrape preserved one. */
      author: z.string().min(1, { error: 'author must not be empty; leave it out when unknown' }).optional(),
      /** Publication date from the source's byline, as the source wrote it. */
      published: z.string().min(1, { error: 'published must not be empty; leave it out when unknown' }).optional(),
      /** True while the essay is under review: not published (see src/lib/drafts.ts). */
      draft: z.boolean({ error: 'draft must be true or false' }).default(false),
      /** Headings the editors added for navigation; the source has no such heading. */
      addedHeadings: z.array(z.string().min(1, { error: 'addedHeadings must not contain an empty heading' })).default([]),
      /** Lines of the source removed as scrape debris (image captions, site chrome, unrelated links). */
      removed: z.array(z.string().min(1, { error: 'removed must not contain an empty line' })).default([]),
    })
    .refine((essay) => essay.draft || essay.description !== undefined, {
      error: 'description is required once the essay is published: write one sentence in our words, or set draft: true',
      path: ['description'],
      // Also report it when another field is wrong, so one build names every problem.
      when: () => true,
    }),
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
    .max(320, { error: 'quote must be at most 320 characters; cite a shorter passage' }),
});

const argument = z.object({
  /** Permanent anchor on the topic page; chosen once and never derived from the wording. */
  id: z.string().regex(kebabCase, { error: 'id must be kebab-case, like misuse-by-bad-actors' }),
  /** The topic page the argument appears on. */
  topic: reference('topics'),
  /** For opening models, against, or a compromise between the two. */
  stance: z.enum(stances, { error: `stance must be one of: ${stances.join(', ')}` }),
  /**
   * Words readers search with that the essays do not use (funding, pays, maintenance), each an
   * honest paraphrase of what the quotes say; indexed with the argument, never shown as text.
   */
  keywords: z
    .array(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: 'each keyword must be one lowercase word, like funding or open-weights',
      }),
      { error: 'keywords must be a list of lowercase words, like [funding, money]' },
    )
    .default([]),
  /** The argument in one sentence, in our words. */
  claim: z
    .string({ error: 'claim must be one sentence of 10 to 200 characters' })
    .min(10, { error: 'claim must be at least 10 characters' })
    .max(200, { error: 'claim must be one sentence of at most 200 characters' }),
  /** What the essays say in support of the claim, in our words. */
  explanation: z.string().min(20, { error: 'explanation must be at least 20 characters' }),
  /** Where the essays make this argument: one or more verbatim quotes. */
  citations: z.array(citation).min(1, { error: 'citations must list at least one quote' }),
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
