import { normalizeForMatch } from '../text/normalizeForMatch.ts';
import { splitSections } from '../essay/splitSections.ts';

/** One paragraph or list item of an essay, with the section that holds it. */
export interface EssayParagraph {
  essay: string;
  section: string;
  /** The text as written, for people to read. */
  text: string;
  /** The text folded for matching. */
  normalized: string;
}

/** A paragraph deliberately left uncited, as content/coverage-exclusions.yaml lists it. */
export interface CoverageExclusion {
  essay: string;
  section: string;
  startsWith: string;
  reason: string;
}

/** What coverage needs of an argument: where its quotes are. */
export interface CitingArgument {
  citations: readonly { essay: string; section: string; quote: string }[];
}

/** Every paragraph and list item of the essays, by essay and section id, as their pages show them. */
export function essayParagraphs(essays: readonly { id: string; body: string; file?: string }[]): EssayParagraph[] {
  return essays.flatMap((essay) =>
    splitSections(essay.body, essay.file ?? `${essay.id}.mdx`).flatMap((section) =>
      section.paragraphs.map((text) => ({ essay: essay.id, section: section.id, text, normalized: normalizeForMatch(text) })),
    ),
  );
}

/** True when some argument quotes words of this paragraph from its section. */
export function isCited(paragraph: EssayParagraph, args: readonly CitingArgument[]): boolean {
  return args.some((arg) =>
    arg.citations.some(
      (c) =>
        c.essay === paragraph.essay &&
        c.section === paragraph.section &&
        paragraph.normalized.includes(normalizeForMatch(c.quote)),
    ),
  );
}

/** True when an exclusion, with its reason, names this paragraph by its opening words. */
export function isExcluded(paragraph: EssayParagraph, exclusions: readonly CoverageExclusion[]): boolean {
  return exclusions.some(
    (x) =>
      x.essay === paragraph.essay &&
      x.section === paragraph.section &&
      paragraph.normalized.startsWith(normalizeForMatch(x.startsWith)),
  );
}

/** The paragraphs no argument cites and no exclusion names: what the coverage rule reports. */
export function uncitedParagraphs(
  paragraphs: readonly EssayParagraph[],
  args: readonly CitingArgument[],
  exclusions: readonly CoverageExclusion[],
): EssayParagraph[] {
  return paragraphs.filter((paragraph) => !isCited(paragraph, args) && !isExcluded(paragraph, exclusions));
}
