import type { Link, Parents, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isRemoteImage, isSafeLink } from '../../src/lib/text/safeUrl.ts';

/** Something the sanitizer changed that the editor should know about. */
export interface SanitizeWarning {
  name: 'unsafe link' | 'remote image' | 'image dropped' | 'raw HTML dropped';
  detail: string;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * Makes a Markdown tree hold only what an essay page shows and the essay renderer accepts: links
 * to anything but http:, https:, mailto:, a relative path or `#` become their text; a remote image
 * becomes a link to it labelled with its alt text (a reading page loads nothing from other origins);
 * an image without alt text or address, raw HTML (comments included), references and definitions
 * are dropped or reduced to their text, and a link left without words goes. Returns what it
 * changed, for the import report.
 */
export function sanitizeMdast(tree: Root | Parents): SanitizeWarning[] {
  const warnings: SanitizeWarning[] = [];
  const visit = (parent: Parents) => {
    const out: RootContent[] = [];
    for (const node of parent.children as RootContent[]) {
      const replaced = replace(node, warnings);
      for (const child of replaced) {
        if ('children' in child) visit(child as Parents);
        // A link that held only a dropped image has no words left to click.
        if (child.type === 'link' && !toString(child).trim()) continue;
        out.push(child);
      }
    }
    (parent as { children: RootContent[] }).children = out;
  };
  visit(tree);
  return warnings;
}

/** What one node becomes: itself, other nodes, or nothing. */
function replace(node: RootContent, warnings: SanitizeWarning[]): RootContent[] {
  switch (node.type) {
    case 'html':
      // Comments and raw markup: MDX reads `<!--` and `<tag>` as JSX, and the page shows neither.
      if (!/^\s*<!--/.test(node.value)) warnings.push({ name: 'raw HTML dropped', detail: short(node.value) });
      return [];
    case 'link':
      if (isSafeLink(node.url)) return [node];
      warnings.push({
        name: 'unsafe link',
        detail: `"${short(toString(node))}" linked to ${short(node.url)}: kept as plain text`,
      });
      return node.children;
    case 'image': {
      const alt = (node.alt ?? '').trim();
      if (isRemoteImage(node.url) && alt) {
        warnings.push({ name: 'remote image', detail: `"${short(alt)}": kept as a link to the image` });
        const link: Link = { type: 'link', url: node.url, children: [{ type: 'text', value: alt }] };
        return [link];
      }
      warnings.push({
        name: 'image dropped',
        detail: alt
          ? `"${short(alt)}" (${short(node.url)}): not an image from the web`
          : `${short(node.url)}: no alt text to keep`,
      });
      return [];
    }
    case 'imageReference':
    case 'linkReference': {
      // Their definitions live elsewhere in the page; what the reader saw is the text.
      const text = node.type === 'linkReference' ? toString(node) : (node.alt ?? '');
      return text ? [{ type: 'text', value: text } satisfies Text] : [];
    }
    case 'footnoteReference':
      return [{ type: 'text', value: `[${node.label ?? node.identifier}]` } satisfies Text];
    case 'footnoteDefinition':
      // The renderer shows a note only where it is referenced; its words stay as a quote of their own.
      return [{ type: 'blockquote', children: node.children }];
    case 'definition':
    case 'yaml':
      return [];
    default:
      return [node];
  }
}
