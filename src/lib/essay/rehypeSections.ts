import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { anchorClasses } from './headingAnchor.ts';

/** The heading id that starts a section, for a bare h2/h3 or one wrapped with its anchor link. */
function sectionIdOf(node: RootContent): string | undefined {
  if (node.type !== 'element') return undefined;
  const heading =
    node.tagName === 'div' &&
    Array.isArray(node.properties.className) &&
    node.properties.className.includes(anchorClasses.wrapper)
      ? node.children.find((child): child is Element => child.type === 'element')
      : node;
  if (!heading || !['h2', 'h3'].includes(heading.tagName)) return undefined;
  return typeof heading.properties.id === 'string' ? heading.properties.id : undefined;
}

/**
 * Wraps each h2 or h3 and the content up to the next one in a flat `<section data-section>`
 * named by its heading,
 * so a page can attach things to a whole section (such as the arguments that cite it) at build
 * time by mapping `section` to a component. Must run after the heading anchors are added.
 */
export function rehypeSections() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      const id = sectionIdOf(node);
      if (id !== undefined) {
        section = h('section', { dataSection: id, ariaLabelledBy: [id] });
        children.push(section);
      }
      if (section && node.type !== 'doctype') section.children.push(node as ElementContent);
      else children.push(node);
    }
    tree.children = children;
  };
}
