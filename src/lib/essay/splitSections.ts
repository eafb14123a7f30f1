import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { anchorClasses } from './headingAnchor.ts';
import { essayNoteClasses } from './essayComponents.ts';
import { essayTree } from './essayTree.ts';
import { readingMinutes } from '../text/readingTime.ts';

/** One h2 or h3 section of an essay, as the page shows its text. */
export interface EssaySection {
  /** The heading id, as the page has it (Astro's rehypeHeadingIds over the rendered heading). */
  id: string;
  /** 2 or 3; 1 for the text before the first heading. */
  depth: number;
  /** Heading text, as shown. */
  title: string;
  /** Each paragraph, list item, quoted paragraph, table row or code line under the heading, as shown. */
  paragraphs: string[];
}

const hasClass = (node: Element, names: readonly string[]) =>
  Array.isArray(node.properties.className) && node.properties.className.some((name) => names.includes(String(name)));

/** The text of a section's content as the page shows it, one string per block; our notes (byline, truncation) left out. */
function blocksOf(nodes: readonly ElementContent[]): string[] {
  const shown = nodes.filter((node) => node.type === 'element' && !hasClass(node, essayNoteClasses));
  return shown.flatMap((node) =>
    toText(node)
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}

/** The h2 or h3 inside a heading wrapper (rehypeHeadingAnchors) or a bare one. */
function headingOf(node: ElementContent): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (/^h[23]$/.test(node.tagName)) return node;
  if (node.tagName === 'div' && hasClass(node, [anchorClasses.wrapper]))
    return node.children.find((child) => child.type === 'element' && /^h[23]$/.test(child.tagName)) as Element | undefined;
  return undefined;
}

/**
 * The sections of an essay's rendered tree (essayTree): each `<section data-section>` with its
 * heading text and its blocks of text, as the page shows them. Text before the first heading is a
 * section with id "" when there is any.
 */
export function essaySections(tree: Root): EssaySection[] {
  const intro: ElementContent[] = [];
  const sections: EssaySection[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    const id = node.tagName === 'section' ? node.properties.dataSection : undefined;
    if (typeof id !== 'string') {
      intro.push(node);
      continue;
    }
    const [first, ...rest] = node.children;
    const heading = first && headingOf(first);
    sections.push({
      id,
      depth: Number(heading?.tagName.slice(1) ?? 2),
      title: heading ? toText(heading).replace(/\s+/g, ' ').trim() : '',
      paragraphs: blocksOf(rest),
    });
  }
  const lead = blocksOf(intro);
  return lead.length ? [{ id: '', depth: 1, title: '', paragraphs: lead }, ...sections] : sections;
}

/** Parses an essay's MDX body (essayTree) and returns its sections; throws naming `file` and the line on MDX essays may not use. */
export function splitSections(body: string, file = 'essay.mdx'): EssaySection[] {
  return essaySections(essayTree(body, file).tree);
}

/** What loading needs of an essay's text: its sections, its reading time, and what the parse dropped. */
export interface EssayText {
  sections: EssaySection[];
  /** Minutes the shown text takes to read. */
  minutes: number;
  /** Unsafe links dropped to plain text, each as "file:line: what and why". */
  warnings: string[];
}

/**
 * An essay's sections and reading time, from the same parse that renders its page (essayTree):
 * what loadDebate checks citations against, links them with, and counts the minutes of.
 */
export function readEssayText(body: string, file: string): EssayText {
  const { tree, warnings } = essayTree(body, file);
  const sections = essaySections(tree);
  const words = sections.flatMap((section) => [section.title, ...section.paragraphs]).join(' ');
  return { sections, minutes: readingMinutes(words), warnings };
}
