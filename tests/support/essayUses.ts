// The two uses of an essay's text must agree: the sections that loading checks citations against
// (readEssayText) and the HTML its page renders (renderEssay). The importer's tests call this on
// every draft they write; tests/unit/essayUses.test.ts on every essay and fixture.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { renderEssay } from '../../src/lib/essay/renderEssay.ts';
import { readEssayText } from '../../src/lib/essay/splitSections.ts';
import { bodyWithFileLines } from '../../src/lib/essay/splitFrontmatter.ts';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { anchorClasses } from '../../src/lib/essay/headingAnchor.ts';
import { essayNoteClasses } from '../../src/lib/essay/essayComponents.ts';

/** One section as a use sees it: its id, its heading, and all its text folded for matching. */
export interface SectionView {
  id: string;
  title: string;
  text: string;
}

/** What each use made of one essay file, or the error each threw. */
export interface EssayUses {
  validation: SectionView[] | { error: string };
  page: SectionView[] | { error: string };
}

const attempt = <T>(use: () => T): T | { error: string } => {
  try {
    return use();
  } catch (error) {
    return { error: (error as Error).message };
  }
};

/** Removes every element with one of these classes, with its content. */
function dropElements(parent: Root | Element, classes: readonly string[]): void {
  parent.children = parent.children.filter((node) => {
    if (node.type !== 'element') return true;
    const own = (node.properties.className as string[] | undefined) ?? [];
    if (own.some((name) => classes.includes(name))) return false;
    dropElements(node, classes);
    return true;
  }) as typeof parent.children;
}

/** The page's sections, read back from the rendered HTML: the heading's id and text, and every word a reader sees. */
function pageSections(html: { intro: string; sections: { id: string; html: string }[] }): SectionView[] {
  const parts = [{ id: '', html: html.intro }, ...html.sections];
  return parts.flatMap(({ id, html }) => {
    const tree = fromHtml(html, { fragment: true });
    // Controls and our notes are not the essay's text: the heading's anchor and copy button, a byline, a truncation note.
    dropElements(tree, [anchorClasses.link, anchorClasses.copy, ...essayNoteClasses]);
    const heading = select('h2, h3', tree);
    if (id !== '' && heading?.properties.id !== id) {
      throw new Error(`the page's section "${id}" starts with heading id "${String(heading?.properties.id)}"`);
    }
    const text = normalizeForMatch(toText(tree));
    if (id === '' && !text) return [];
    return [{ id, title: heading ? normalizeForMatch(toText(heading)) : '', text }];
  });
}

/** Runs one essay file through both uses: loading's sections and the rendered page. */
export function essayUses(raw: string, file: string): EssayUses {
  const body = attempt(() => bodyWithFileLines(raw, file));
  if (typeof body !== 'string') return { validation: body, page: body };
  return {
    validation: attempt(() =>
      readEssayText(body, file).sections.map((section) => ({
        id: section.id,
        title: normalizeForMatch(section.title),
        text: normalizeForMatch([section.title, ...section.paragraphs].join(' ')),
      })),
    ),
    page: attempt(() => pageSections(renderEssay(body, file))),
  };
}

/** Every heading id of a rendered essay body, h2 and h3, in order: what the table of contents and anchors use. */
export function renderedHeadingIds(raw: string, file: string): string[] {
  const { headings } = renderEssay(bodyWithFileLines(raw, file), file);
  return headings.filter((heading) => heading.depth === 2 || heading.depth === 3).map((heading) => heading.slug);
}
