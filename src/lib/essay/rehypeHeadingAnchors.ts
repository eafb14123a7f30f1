import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { anchorClasses, anchorControls } from './headingAnchor.ts';

const linkedLevels = new Set(['h2', 'h3']);

/**
 * Adds a labelled permanent link (and a copy-link button) after every h2 and h3 that has an id.
 * Done at build time so the links exist with JavaScript off; must run after `rehypeHeadingIds`.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!linkedLevels.has(node.tagName) || index === undefined || !parent) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      parent.children[index] = h('div', { className: [anchorClasses.wrapper, `level-${node.tagName}`] }, [
        node,
        ...anchorControls(id, toText(node)),
      ]);
      return 'skip';
    });
  };
}
