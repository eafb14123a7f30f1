import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { anchorClasses } from './headingAnchor.ts';

/** What marks a heading the editors added: its visible label and the id of the one explanation it links to. */
export interface EditorsMark {
  label: string;
  explanationId: string;
}

/**
 * Marks each heading the editors added (an essay's addedHeadings) where it stands: a link after the
 * heading and its controls (which keep to the heading's last line; the mark may wrap), labelled as the editors', to the one explanation on the page, which the heading also names
 * as its description for screen readers. The heading's text and id stay as they are. Runs on the
 * tree essayTree makes, after the heading anchors.
 */
export function markAddedHeadings(tree: Root, addedHeadings: readonly string[], mark: EditorsMark): void {
  if (!addedHeadings.length) return;
  const added = new Set(addedHeadings);
  visit(tree, 'element', (node: Element) => {
    if (!(node.properties.className as string[] | undefined)?.includes(anchorClasses.wrapper)) return;
    const heading = node.children.find((child): child is Element => child.type === 'element');
    if (!heading || !added.has(toText(heading).trim())) return;
    heading.properties.ariaDescribedBy = [mark.explanationId];
    node.children.push(
      h('a', { className: ['editors-mark'], href: `#${mark.explanationId}`, dataPagefindIgnore: '' }, mark.label),
    );
    return 'skip';
  });
}
