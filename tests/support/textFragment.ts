import type { Element, Root, RootContent } from 'hast';

// An independent model of how a browser resolves `#:~:text=start,end` (the Text Fragments spec):
// the start term's first match on the whole page, searched block by block, whole words only,
// case-insensitive; then the end term's first match after it. Written apart from
// src/lib/text/textFragment.ts so that the build test does not check the chooser with itself.

/** One block of a page's text, with the essay section it sits in. */
interface Block {
  text: string;
  section: string | undefined;
}

const blockTags = new Set(
  'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
// Not rendered in a browser with JavaScript. Hidden elements are kept: copy buttons are shown by script.
const skipped = new Set(['head', 'script', 'style', 'template', 'noscript']);

/** The page's text in blocks, in document order, each with its enclosing `data-section`. */
export function pageBlocks(root: Root): Block[] {
  const blocks: Block[] = [];
  let current = '';
  let section: string | undefined;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, section });
    current = '';
  };
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') current += node.value;
    if (node.type !== 'element' && node.type !== 'root') return;
    const element = node.type === 'element' ? (node as Element) : undefined;
    if (element && skipped.has(element.tagName)) return;
    const isBlock = element ? blockTags.has(element.tagName) : false;
    const outer = section;
    if (isBlock) flush();
    if (typeof element?.properties.dataSection === 'string') section = element.properties.dataSection;
    for (const child of node.children) walk(child);
    if (isBlock) flush();
    section = outer;
  };
  walk(root);
  flush();
  return blocks;
}

const wordChar = /[\p{L}\p{N}]/u;

/** First whole-word, case-insensitive match of `term` at or after block `from`, offset `offset`. */
function find(blocks: Block[], term: string, from: number, offset: number): { block: number; at: number } | undefined {
  const needle = term.replace(/\s+/g, ' ').trim().toLowerCase();
  for (let block = from; block < blocks.length; block++) {
    const text = blocks[block]!.text.toLowerCase();
    for (let at = text.indexOf(needle, block === from ? offset : 0); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (!wordChar.test(text[at - 1] ?? '') && !wordChar.test(text[at + needle.length] ?? '')) return { block, at };
    }
  }
  return undefined;
}

/** The terms of a `text=` directive, decoded; throws on context terms, which this site never writes. */
export function parseTextDirective(href: string): { start: string; end?: string } {
  const directive = href.split(':~:text=')[1];
  if (directive === undefined) throw new Error(`${href} has no text directive`);
  const terms = directive.split(',').map(decodeURIComponent);
  if (terms.some((term) => term.startsWith('-') || term.endsWith('-')) || terms.length > 2) {
    throw new Error(`${href}: expected text=start or text=start,end`);
  }
  return { start: terms[0]!, ...(terms[1] === undefined ? {} : { end: terms[1] }) };
}

/** What a browser marks for a text directive: the text of the range and the sections it starts and ends in. */
export function resolveTextDirective(
  blocks: Block[],
  { start, end }: { start: string; end?: string },
): { text: string; startSection: string | undefined; endSection: string | undefined } | undefined {
  const first = find(blocks, start, 0, 0);
  if (!first) return undefined;
  const startEnd = first.at + start.replace(/\s+/g, ' ').trim().length;
  if (end === undefined) {
    const block = blocks[first.block]!;
    return { text: block.text.slice(first.at, startEnd), startSection: block.section, endSection: block.section };
  }
  const last = find(blocks, end, first.block, startEnd);
  if (!last) return undefined;
  const endAt = last.at + end.replace(/\s+/g, ' ').trim().length;
  const parts =
    last.block === first.block
      ? [blocks[first.block]!.text.slice(first.at, endAt)]
      : [
          blocks[first.block]!.text.slice(first.at),
          ...blocks.slice(first.block + 1, last.block).map((block) => block.text),
          blocks[last.block]!.text.slice(0, endAt),
        ];
  return { text: parts.join(' '), startSection: blocks[first.block]!.section, endSection: blocks[last.block]!.section };
}
