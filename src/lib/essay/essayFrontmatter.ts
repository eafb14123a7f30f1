import { z } from 'astro/zod';
import { essayKinds } from '../model/essayKind.ts';
import { speakers } from '../model/voice.ts';
import { kebabCase } from '../text/kebabCase.ts';

/** One removed source line: the line alone, or the line with the editor's reason for removing it. */
const removedLine = z.union(
  [
    z.string().min(1, { error: 'removed must not contain an empty line' }),
    z.strictObject({
      /** The source line, as it reads after repair. */
      line: z.string({ error: 'removed[].line must be the source line' }).min(1, { error: 'removed[].line must not be empty' }),
      /** Why the line is not the authors' words, in the editor's words, for the source page. */
      reason: z
        .string({ error: 'removed[].reason must be a sentence' })
        .min(3, { error: 'removed[].reason must say why the line was removed' }),
    }),
  ],
  { error: "each removed entry must be a source line, or { line, reason } with the editor's reason" },
);

/** Who speaks in one section, and the section's own words that show it. */
const voice = z
  .strictObject({
    /** Heading id of the section (its h3 subsections speak with it unless they have their own entry). */
    section: z.string({ error: 'voices[].section must be a heading id' }).regex(kebabCase, {
      error: 'voices[].section must be a heading id in kebab-case, like reply-2',
    }),
    /** person, machine (a language model’s output, as the text itself says) or unknown. */
    speaker: z.enum(speakers, { error: `voices[].speaker must be one of: ${speakers.join(', ')}` }),
    /** The sentence of that section that shows who speaks, quoted verbatim. */
    evidence: z.string().min(10, { error: 'voices[].evidence must quote at least 10 characters of the section' }).optional(),
  })
  .refine((entry) => entry.speaker === 'unknown' || entry.evidence !== undefined, {
    error: 'voices[].evidence is required for a person or machine voice: quote the sentence of the section that shows it',
    path: ['evidence'],
  });

/** True for a well-formed BCP 47 language tag with a two- or three-letter language (Intl accepts it). */
function isLanguageTag(tag: string): boolean {
  if (!/^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * An essay's frontmatter: the schema the essays collection validates with, kept apart from
 * src/content.config.ts so that Node scripts (the importer) can validate a draft with the site's own rules.
 */
export const essayFrontmatter = z
  .object({
    /** Title shown as the page h1 and in search results. */
    title: z.string({ error: 'title must be a non-empty string' }).min(1, { error: 'title must not be empty' }),
    /** The one name an essay goes by wherever it is named (lists, citations, tables, search results), at most 24 characters; the full title is for its own page. */
    shortTitle: z
      .string({ error: 'shortTitle must be a string of 1 to 24 characters' })
      .min(1, { error: 'shortTitle must not be empty' })
      .max(24, { error: 'shortTitle must be at most 24 characters' }),
    /** Meta description: one sentence in our words, at most 160 characters; a draft may leave it out. */
    description: z
      .string({ error: 'description must be a string of at most 160 characters' })
      .min(20, { error: 'description must be at least 20 characters' })
      .max(160, { error: 'description must be at most 160 characters (it is the meta description)' })
      .optional(),
    /** What the source is: an article or a forum thread. */
    kind: z.enum(essayKinds, { error: `kind must be one of: ${essayKinds.join(', ')}` }),
    /** The essay's language as a BCP 47 tag (de, pt-BR, zh-Hans), when it is not English; the page sets it on the essay. */
    lang: z
      .string({ error: 'lang must be a BCP 47 language tag, like de or pt-BR' })
      .refine(isLanguageTag, { error: 'lang must be a BCP 47 language tag, like de or pt-BR; omit it for English' })
      .optional(),
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
    /** True while the essay is under review: not published (see src/lib/model/drafts.ts). */
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
    /** Headings the editors added for navigation; the source has no such heading. */
    addedHeadings: z.array(z.string().min(1, { error: 'addedHeadings must not contain an empty heading' })).default([]),
    /** Lines of the source removed as scrape debris: a line, or { line, reason } when no debris rule explains it. */
    removed: z.array(removedLine).default([]),
    /** Who speaks in each section, where the text shows it; a section not listed is "unknown". */
    voices: z
      .array(voice)
      .default([])
      .refine((voices) => new Set(voices.map((entry) => entry.section)).size === voices.length, {
        error: 'voices must list each section once',
      }),
  })
  .refine((essay) => essay.draft || essay.description !== undefined, {
    error: 'description is required once the essay is published: write one sentence in our words, or set draft: true',
    path: ['description'],
    // Also report it when another field is wrong, so one build names every problem.
    when: () => true,
  });
