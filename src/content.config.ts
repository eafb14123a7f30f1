import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxEssays } from './loaders/mdxEssays.ts';
import { fileDigests } from './loaders/fileDigests.ts';
import { z } from 'astro/zod';
import { essayFrontmatter } from './lib/essay/essayFrontmatter.ts';
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

/**
 * The argument files, one YAML file per topic. The store keeps each file's path and digest only, so
 * that `astro dev` sees edits; loadDebate reads and checks the arguments (src/lib/debate/argumentSchema.ts says why).
 */
const argumentFiles = defineCollection({
  loader: fileDigests({ base: `${contentDir}/arguments`, extension: '.yaml' }),
  schema: z.object({}),
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

export const collections = { essays, topics, argumentFiles, anchorAliases };
