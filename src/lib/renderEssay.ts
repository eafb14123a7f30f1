import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { mdxToHast } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import { rehypeHeadingAnchors } from '../plugins/rehypeHeadingAnchors.ts';
import { rehypeSections } from '../plugins/rehypeSections.ts';
import { buildEssayComponent, type ComponentAttributes } from './essayComponents.ts';

/** An essay body as HTML: what precedes the first h2 or h3, then each section with its heading. */
export interface RenderedEssay {
  intro: string;
  /** Each section's heading id and its HTML, heading included, for a page to wrap each one. */
  sections: { id: string; html: string }[];
  headings: MarkdownHeading[];
}

/** A node of Sätteri's hast tree, which may hold MDX nodes besides hast's own. */
type MdxAwareNode = { type: string; name?: string | null; attributes?: unknown[]; value?: string; children?: MdxAwareNode[] };

function attributesOf(node: MdxAwareNode): ComponentAttributes {
  const attributes: ComponentAttributes = {};
  for (const attribute of (node.attributes ?? []) as { type: string; name?: string; value?: unknown }[]) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      throw new Error(`<${node.name}>: spread attributes ({...}) are not allowed in essays`);
    }
    const { value } = attribute;
    attributes[attribute.name] =
      typeof value === 'string' ? value : value && typeof value === 'object' && 'value' in value ? String(value.value) : '';
  }
  return attributes;
}

/** Replaces every MDX component with its HTML; any other MDX construct (expression, import) is an error. */
function replaceComponents(parent: MdxAwareNode): void {
  const children = parent.children;
  if (!children) return;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      children[index] = buildEssayComponent(node.name ?? null, attributesOf(node)) as MdxAwareNode;
    } else if (node.type.startsWith('mdx')) {
      const what = node.type === 'mdxjsEsm' ? 'import or export' : 'expression';
      throw new Error(
        `an MDX ${what} (${JSON.stringify(node.value ?? '')}) is not allowed in essays: essays hold the authors' words`,
      );
    } else {
      replaceComponents(node);
    }
  }
}

const html = (nodes: RootContent[] | ElementContent[]) => toHtml({ type: 'root', children: nodes as RootContent[] });

/**
 * Renders an essay's MDX body (frontmatter removed) to HTML with the same heading ids, anchors and
 * sections as the site's Markdown pipeline (astro.config.mjs), without making the essay a Vite
 * module: a thousand such modules made most of a large build's time and memory. Sätteri parses;
 * the rehype plugins are the site's own, run on the tree it returns. Throws naming `file` on any
 * MDX the essays may not use.
 */
export function renderEssay(body: string, file: string): RenderedEssay {
  try {
    const tree = mdxToHast(body, { position: false, features: { smartPunctuation: false } }) as unknown as Root;
    replaceComponents(tree as unknown as MdxAwareNode);
    // Astro's own plugin, so ids are made exactly as for every other page. It reads only the
    // file's `history` (is this MDX?) and `data` (where it leaves the headings).
    const vfile = { history: [file], data: {} } as unknown as VFile;
    (rehypeHeadingIds() as (tree: Root, file: VFile) => void)(tree, vfile);
    rehypeHeadingAnchors()(tree);
    rehypeSections()(tree);
    const intro: RootContent[] = [];
    const sections: RenderedEssay['sections'] = [];
    for (const node of tree.children) {
      const id = node.type === 'element' && node.tagName === 'section' ? node.properties.dataSection : undefined;
      if (typeof id === 'string') sections.push({ id, html: html((node as Element).children) });
      else intro.push(node);
    }
    const headings = ((vfile.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? []).map(
      ({ depth, slug, text }) => ({ depth, slug, text }),
    );
    return { intro: html(intro), sections, headings };
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}
