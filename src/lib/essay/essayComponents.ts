import type { Element } from 'hast';
import { h } from 'hastscript';

/**
 * The MDX components an essay may use, each turned into plain HTML when the essay is rendered
 * (essayTree.ts). They mark what a scrape lost; none of them adds words to the authors'. Their
 * styles live in EssayBody.astro, which shows every essay body.
 */
export const essayComponentNames = ['Byline', 'LostEmoji', 'Truncated'] as const;
export type EssayComponentName = (typeof essayComponentNames)[number];

/** A component's attributes as the MDX source wrote them: a string, or the text of an `{expression}`. */
export type ComponentAttributes = Record<string, string>;

/**
 * Classes of the marks that stand as a block of their own (a byline, a truncation note): they are
 * our words, not the authors', so sections leave them out of the text that quotes are checked against.
 */
export const essayNoteClasses = ['byline', 'truncated'] as const;

/** Reads a whole number of at least 1 from an attribute, or throws naming it. */
function positiveCount(attributes: ComponentAttributes, name: string, component: string): number {
  const raw = attributes[name];
  if (raw === undefined) return 1;
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`<${component} ${name}={…}>: expected a whole number of 1 or more, found ${JSON.stringify(raw)}`);
  }
  return value;
}

const builders: Record<EssayComponentName, { attributes: readonly string[]; build: (attrs: ComponentAttributes) => Element }> = {
  /** Author line of a forum post; the scrape kept no handles, so it says so rather than guess. */
  Byline: {
    attributes: [],
    build: () => h('p.byline', { dataPagefindIgnore: '' }, 'Author’s handle not preserved in the scraped source.'),
  },
  /** Where the scrape garbled one or more emoji beyond recovery. */
  LostEmoji: {
    attributes: ['count'],
    build: (attrs) => {
      const count = positiveCount(attrs, 'count', 'LostEmoji');
      const label = count === 1 ? 'an emoji' : `${count} emoji`;
      const title = `The scraped source garbled ${label} here; it cannot be recovered.`;
      return h('span.lost-emoji', { title }, `[${label} lost in the source]`);
    },
  },
  /** Where the scraped source cuts a post off mid-sentence. */
  Truncated: {
    attributes: [],
    build: () =>
      h('p.truncated', { role: 'note' }, [
        h('strong', 'Truncated in the source:'),
        ' the scraped text of this reply ends here, mid-sentence. Nothing after it survives.',
      ]),
  },
};

const isComponentName = (name: string): name is EssayComponentName => Object.hasOwn(builders, name);

/**
 * The HTML for one component use, or an error that names the component and what is allowed:
 * essays are the authors' words, so only these few marks may appear among them. A component has
 * no content of its own (`hasChildren`): words written between its tags would not be shown.
 */
export function buildEssayComponent(name: string | null, attributes: ComponentAttributes, hasChildren = false): Element {
  if (name === null || !isComponentName(name)) {
    throw new Error(
      `<${name ?? ''}> is not an essay component; essays may use only ${essayComponentNames.map((n) => `<${n} />`).join(', ')}`,
    );
  }
  const { attributes: allowed, build } = builders[name];
  const unknown = Object.keys(attributes).filter((attribute) => !allowed.includes(attribute));
  if (unknown.length) {
    throw new Error(
      `<${name}> does not take ${unknown.join(', ')}; ${allowed.length ? `it takes only ${allowed.join(', ')}` : 'it takes no attributes'}`,
    );
  }
  if (hasChildren) {
    throw new Error(
      `<${name}> takes no content: the words between <${name}> and </${name}> would not be shown. ` +
        `Write <${name} /> and put the words outside it`,
    );
  }
  return build(attributes);
}
