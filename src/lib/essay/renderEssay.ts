import type { Element, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MarkdownHeading } from 'astro';
import { essayTree } from './essayTree.ts';
import { markAddedHeadings, type EditorsMark } from './markAddedHeadings.ts';

/** An essay body as HTML: what precedes the first h2 or h3, then each section with its heading. */
export interface RenderedEssay {
  intro: string;
  /** Each section's heading id and its HTML, heading included, for a page to wrap each one. */
  sections: { id: string; html: string }[];
  headings: MarkdownHeading[];
}

const html = (nodes: RootContent[]) => toHtml({ type: 'root', children: nodes });

/**
 * Renders an essay's MDX body to HTML from its one parse (essayTree), without making the essay a
 * Vite module: a thousand such modules made most of a large build's time and memory. Throws
 * naming `file` and the line on any MDX the essays may not use. Headings the editors added
 * (`added`) get `mark` beside them (markAddedHeadings).
 */
export function renderEssay(
  body: string,
  file: string,
  added: { headings: readonly string[]; mark: EditorsMark } = { headings: [], mark: { label: '', explanationId: '' } },
): RenderedEssay {
  const { tree, headings } = essayTree(body, file);
  markAddedHeadings(tree, added.headings, added.mark);
  const intro: RootContent[] = [];
  const sections: RenderedEssay['sections'] = [];
  for (const node of tree.children) {
    const id = node.type === 'element' && node.tagName === 'section' ? node.properties.dataSection : undefined;
    if (typeof id === 'string') sections.push({ id, html: html((node as Element).children) });
    else intro.push(node);
  }
  return { intro: html(intro), sections, headings };
}
