import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { anchorClasses, anchorLabel, copyLabel } from '../lib/headingAnchor.ts';

const linkedLevels = new Set(['h2', 'h3']);

/** Builds the anchor link and copy button that follow a heading; both are hidden from the search index. */
export function anchorControls(id: string, text: string): ElementContent[] {
  return [
    {
      type: 'element',
      tagName: 'a',
      properties: { className: [anchorClasses.link], href: `#${id}`, dataPagefindIgnore: '' },
      children: [
        { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['sr-only'] },
          children: [{ type: 'text', value: anchorLabel(text) }],
        },
      ],
    },
    {
      type: 'element',
      tagName: 'button',
      // Shown by the page script: without JavaScript the anchor link above is the way to share.
      properties: { type: 'button', className: [anchorClasses.copy], dataCopyLink: id, hidden: true, dataPagefindIgnore: '' },
      children: [
        {
          type: 'element',
          tagName: 'span',
          properties: { ariaHidden: 'true' },
          children: [{ type: 'text', value: 'Copy link' }],
        },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['sr-only'] },
          children: [{ type: 'text', value: copyLabel(text) }],
        },
      ],
    },
  ];
}

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
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: [anchorClasses.wrapper, `level-${node.tagName}`] },
        children: [node, ...anchorControls(id, toText(node))],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
