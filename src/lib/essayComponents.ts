import type { ElementContent } from 'hast';

/**
 * The MDX components an essay may use, each turned into plain HTML when the essay is rendered
 * (renderEssay.ts). They mark what a scrape lost; none of them adds words to the authors'. Their
 * styles live in EssayBody.astro, which shows every essay body.
 */
export const essayComponentNames = ['Byline', 'LostEmoji', 'Truncated'] as const;
export type EssayComponentName = (typeof essayComponentNames)[number];

/** A component's attributes as the MDX source wrote them: a string, or the text of an `{expression}`. */
export type ComponentAttributes = Record<string, string>;

const text = (value: string): ElementContent => ({ type: 'text', value });

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

const builders: Record<
  EssayComponentName,
  { attributes: readonly string[]; build: (attrs: ComponentAttributes) => ElementContent }
> = {
  /** Author line of a forum post; the scrape kept no handles, so it says so rather than guess. */
  Byline: {
    attributes: [],
    build: () => ({
      type: 'element',
      tagName: 'p',
      properties: { className: ['byline'], dataPagefindIgnore: '' },
      children: [text('Author’s handle not preserved in the scraped source.')],
    }),
  },
  /** Where the scrape garbled one or more emoji beyond recovery. */
  LostEmoji: {
    attributes: ['count'],
    build: (attrs) => {
      const count = positiveCount(attrs, 'count', 'LostEmoji');
      const label = count === 1 ? 'an emoji' : `${count} emoji`;
      return {
        type: 'element',
        tagName: 'span',
        properties: { className: ['lost-emoji'], title: `The scraped source garbled ${label} here; it cannot be recovered.` },
        children: [text(`[${label} lost in the source]`)],
      };
    },
  },
  /** Where the scraped source cuts a post off mid-sentence. */
  Truncated: {
    attributes: [],
    build: () => ({
      type: 'element',
      tagName: 'p',
      properties: { className: ['truncated'], role: 'note' },
      children: [
        { type: 'element', tagName: 'strong', properties: {}, children: [text('Truncated in the source:')] },
        text(' the scraped text of this reply ends here, mid-sentence. Nothing after it survives.'),
      ],
    }),
  },
};

const isComponentName = (name: string): name is EssayComponentName => Object.hasOwn(builders, name);

/**
 * The HTML for one component use, or an error that names the component and what is allowed:
 * essays are the authors' words, so only these few marks may appear among them.
 */
export function buildEssayComponent(name: string | null, attributes: ComponentAttributes): ElementContent {
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
  return build(attributes);
}
