import type { ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import type { MarkdownHeading } from 'astro';
import { h } from 'hastscript';
import { mdxToHast } from 'satteri';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { rehypeHeadingAnchors } from './rehypeHeadingAnchors.ts';
import { rehypeSections } from './rehypeSections.ts';
import { buildEssayComponent, type ComponentAttributes } from './essayComponents.ts';
import { isRemoteImage, isSafeLink, linkSchemes } from '../text/safeUrl.ts';

/** An essay body parsed once into the tree its page renders, with what was changed to keep it safe. */
export interface EssayTree {
  /** The body as the page shows it: heading ids, anchors, and one `<section data-section>` per h2 or h3. */
  tree: Root;
  /** Every heading with the id Astro gives it. */
  headings: MarkdownHeading[];
  /** Links dropped to plain text, each as "file:line: what and why". */
  warnings: string[];
}

/** A node of Sätteri's hast tree, which may hold MDX nodes besides hast's own. */
type MdxAwareNode = {
  type: string;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: unknown[];
  value?: string;
  children?: MdxAwareNode[];
  position?: { start: { line: number } };
};

/** An error at one line of the essay; essayTree adds the file. */
class LineError extends Error {
  readonly line: number | undefined;
  constructor(line: number | undefined, message: string) {
    super(message);
    this.line = line;
  }
}

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

const isBlank = (node: MdxAwareNode) => node.type === 'text' && !node.value?.trim();

/** Replaces every MDX component with its HTML; any other MDX construct (expression, import) is an error. */
function replaceComponents(parent: MdxAwareNode): void {
  const children = parent.children;
  if (!children) return;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    const line = node.position?.start.line;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      try {
        const hasChildren = (node.children ?? []).some((child) => !isBlank(child));
        children[index] = buildEssayComponent(node.name ?? null, attributesOf(node), hasChildren) as MdxAwareNode;
      } catch (error) {
        throw new LineError(line, (error as Error).message);
      }
    } else if (node.type.startsWith('mdx')) {
      const what = node.type === 'mdxjsEsm' ? 'import or export' : 'expression';
      throw new LineError(
        line,
        `an MDX ${what} (${JSON.stringify(node.value ?? '')}) is not allowed in essays: essays hold the authors' words`,
      );
    } else {
      replaceComponents(node);
    }
  }
}

const allowedLinks = `only ${linkSchemes.map((scheme) => `${scheme}:`).join(', ')}, relative and # links are kept`;

type Warn = (line: number | undefined, message: string) => void;

/**
 * Keeps the links and images a reading page may hold: a link with any other scheme (javascript:,
 * vbscript:, data:, in any case or encoding) becomes its plain text, with a warning; a remote image
 * becomes a link to it named by its alt text, since the page loads nothing from other sites.
 */
function safeLinks(nodes: readonly ElementContent[], warn: Warn, inLink = false): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    const line = node.position?.start.line;
    if (node.tagName === 'a') {
      const href = String(node.properties.href ?? '');
      if (!isSafeLink(href)) {
        warn(line, `link to ${JSON.stringify(href)} kept as plain text: ${allowedLinks}`);
        return safeLinks(node.children, warn, inLink);
      }
      node.children = safeLinks(node.children, warn, true);
      return [node];
    }
    if (node.tagName === 'img') {
      const src = String(node.properties.src ?? '');
      const alt = String(node.properties.alt ?? '');
      if (!isSafeLink(src)) {
        warn(line, `image ${JSON.stringify(src)} kept as its alt text: ${allowedLinks}`);
        return alt ? [{ type: 'text', value: alt }] : [];
      }
      if (!isRemoteImage(src)) return [node];
      // Inside a link, the image's words join the link's; a link may not hold another.
      return inLink ? [{ type: 'text', value: alt || src }] : [h('a', { href: src }, alt || src)];
    }
    node.children = safeLinks(node.children, warn, inLink);
    return [node];
  });
}

/**
 * Parses an essay's MDX body once into the tree its page shows, with the same heading ids,
 * anchors and sections as the site's Markdown pipeline (astro.config.mjs). Sätteri parses; the
 * rehype plugins are the site's own. Everything that reads an essay's text (the page, the
 * sections that citations are checked against, reading time, coverage) reads this tree. Throws
 * "file:line: ..." on any MDX an essay may not use. Pass the body with its frontmatter blanked
 * out (bodyWithFileLines) so that lines are the file's.
 */
export function essayTree(body: string, file: string): EssayTree {
  const warnings: string[] = [];
  const at = (line: number | undefined) => (line === undefined ? `${file}:` : `${file}:${line}:`);
  try {
    const tree = mdxToHast(body, { features: { smartPunctuation: false } }) as unknown as Root;
    replaceComponents(tree as unknown as MdxAwareNode);
    tree.children = safeLinks(tree.children as ElementContent[], (line, message) => warnings.push(`${at(line)} ${message}`));
    // Astro's own plugin, so ids are made exactly as for every other page. It reads only the
    // file's `history` (is this MDX?) and `data` (where it leaves the headings).
    const vfile = { history: [file], data: {} } as unknown as VFile;
    (rehypeHeadingIds() as (tree: Root, file: VFile) => void)(tree, vfile);
    rehypeHeadingAnchors()(tree);
    rehypeSections()(tree);
    const headings = ((vfile.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? []).map(
      ({ depth, slug, text }) => ({ depth, slug, text }),
    );
    return { tree, headings, warnings };
  } catch (error) {
    // MDX's hint for an HTML comment is to write a {/* comment */} expression, which essays may not hold either.
    const message = (error as Error).message.replace(
      /\(note: to create a comment in MDX, use `\{\/\* text \*\/\}`\)/,
      '(an HTML comment: essays hold no comments; delete it)',
    );
    // Sätteri's own parse errors start with "line:column: ".
    const where = error instanceof LineError ? `${at(error.line)} ` : /^\d+:\d+: /.test(message) ? `${file}:` : `${file}: `;
    throw new Error(`${where}${message}`, { cause: error });
  }
}
