import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { renderEssay } from '../../../src/lib/essay/renderEssay.ts';
import { writeMarkdown } from '../../../scripts/import/writeMarkdown.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** Every node type mdast (with GFM, footnotes and frontmatter) defines, written by hand from its specification. */
const mdastTypes = [
  'blockquote',
  'break',
  'code',
  'definition',
  'delete',
  'emphasis',
  'footnoteDefinition',
  'footnoteReference',
  'heading',
  'html',
  'image',
  'imageReference',
  'inlineCode',
  'link',
  'linkReference',
  'list',
  'listItem',
  'paragraph',
  'strong',
  'table',
  'tableCell',
  'tableRow',
  'text',
  'thematicBreak',
  'yaml',
];

/** One block for the writer, what the rendered page must show, and the HTML it must hold. */
const cases: { name: string; block: RootContent; shows: string; html?: RegExp }[] = [
  {
    name: 'a paragraph of text',
    block: paragraph(text('Plain words stay plain words.')),
    shows: 'Plain words stay plain words.',
  },
  {
    name: 'text MDX would read as syntax',
    block: paragraph(text('import this, {braces} and <iframe> or </iframe> & &amp; stay text')),
    shows: 'import this, {braces} and <iframe> or </iframe> & &amp; stay text',
  },
  {
    name: 'a paragraph that starts with export',
    block: paragraph(text('export controls differ by country.')),
    shows: 'export controls differ by country.',
  },
  {
    name: 'a heading',
    block: { type: 'heading', depth: 3, children: [text('A {heading} <here>')] },
    shows: 'A {heading} <here>',
    html: /<h3/,
  },
  { name: 'a thematic break', block: { type: 'thematicBreak' }, shows: '', html: /<hr>/ },
  {
    name: 'a block quote',
    block: { type: 'blockquote', children: [paragraph(text('import from a quote'))] },
    shows: 'import from a quote',
    html: /<blockquote>/,
  },
  {
    name: 'a list with a task item',
    block: {
      type: 'list',
      ordered: true,
      start: 2,
      children: [
        { type: 'listItem', children: [paragraph(text('export first'))] },
        { type: 'listItem', checked: true, children: [paragraph(text('done item'))] },
      ],
    },
    shows: 'export first',
    html: /<ol start="2"[^>]*>[\s\S]*<input type="checkbox" checked disabled> done item/,
  },
  {
    name: 'a fenced code block with MDX syntax inside',
    block: { type: 'code', lang: 'js', value: 'import x from "y";\nif (a < b) { run(); }\n<!-- not a comment -->' },
    shows: 'import x from "y";\nif (a < b) { run(); }\n<!-- not a comment -->',
    html: /<pre><code class="language-js">/,
  },
  {
    name: 'emphasis, strong, strikethrough, inline code and a line break',
    block: paragraph(
      { type: 'emphasis', children: [text('em')] },
      text(' '),
      { type: 'strong', children: [text('strong')] },
      text(' '),
      { type: 'delete', children: [text('struck')] },
      text(' '),
      { type: 'inlineCode', value: 'a < {b}' },
      { type: 'break' },
      text('next line'),
    ),
    shows: 'em strong struck a < {b}\nnext line',
    html: /<em>em<\/em> <strong>strong<\/strong> <del>struck<\/del> <code>a &#x3C; \{b\}<\/code><br>/,
  },
  {
    name: 'a table with alignment, a pipe and strikethrough in cells',
    block: {
      type: 'table',
      align: ['left', 'right'],
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [text('Model')] },
            { type: 'tableCell', children: [text('Score')] },
          ],
        },
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [text('a|b {c}')] },
            { type: 'tableCell', children: [{ type: 'delete', children: [text('61.2')] }] },
          ],
        },
      ],
    },
    shows: 'a|b {c}',
    html: /<table>[\s\S]*<td style="text-align: right"><del>61.2<\/del><\/td>/,
  },
  {
    name: 'a link whose text is its address, with a space and a title',
    block: paragraph({
      type: 'link',
      url: 'https://example.org/a b',
      title: 'a {title}',
      children: [text('https://example.org/a b')],
    }),
    shows: 'https://example.org/a b',
    html: /<a href="https:\/\/example.org\/a%20b" title="a \{title\}">/,
  },
  {
    name: 'a link to a script URL',
    block: paragraph(text('see '), { type: 'link', url: 'JaVaScRiPt:alert(1)', children: [text('this')] }),
    shows: 'see this',
  },
  {
    name: 'a remote image',
    block: paragraph({ type: 'image', url: 'https://images.example.org/a.png', alt: 'A chart' }),
    shows: 'A chart',
    html: /<a href="https:\/\/images.example.org\/a.png">A chart<\/a>/,
  },
  {
    name: 'an image without alt text',
    block: paragraph(text('before'), { type: 'image', url: 'https://x.example/a.png' }),
    shows: 'before',
  },
  {
    name: 'a link around an image without alt text',
    block: paragraph(text('see: '), {
      type: 'link',
      url: 'https://x.example/a.gif',
      children: [{ type: 'image', url: 'https://x.example/a.gif' }],
    }),
    shows: 'see:',
    html: /^<p>see: <\/p>$/,
  },
  { name: 'an HTML comment', block: { type: 'html', value: '<!-- editor note -->' }, shows: '' },
  { name: 'raw HTML', block: paragraph(text('a '), { type: 'html', value: '<span>' }, text('b')), shows: 'a b' },
  {
    name: 'references and a definition',
    block: paragraph(
      { type: 'linkReference', identifier: 'x', referenceType: 'full', children: [text('linked words')] },
      text(' '),
      { type: 'imageReference', identifier: 'y', referenceType: 'full', alt: 'pictured words' },
      { type: 'footnoteReference', identifier: '1', label: '1' },
    ),
    shows: 'linked words pictured words[1]',
  },
  { name: 'a definition', block: { type: 'definition', identifier: 'x', url: 'javascript:alert(1)' }, shows: '' },
  {
    name: 'a footnote definition',
    block: { type: 'footnoteDefinition', identifier: '1', children: [paragraph(text('The note’s words.'))] },
    shows: 'The note’s words.',
  },
  { name: 'frontmatter', block: { type: 'yaml', value: 'title: x' }, shows: '' },
];

/** An essay body as the site renders it: the intro and every section, headings included. */
function rendered(markdown: string): string {
  const essay = renderEssay(markdown, 'writer.mdx');
  return essay.intro + essay.sections.map((section) => section.html).join('');
}

/** Every node type in a tree. */
function typesIn(node: Nodes, into = new Set<string>()): Set<string> {
  into.add(node.type);
  if ('children' in node) for (const child of node.children) typesIn(child, into);
  return into;
}

test('the cases feed the writer every node type mdast defines', () => {
  const used = new Set<string>();
  for (const { block } of cases) typesIn(block, used);
  expect([...used].sort()).toEqual([...mdastTypes].sort());
});

describe.each(cases)('the Markdown writer given $name', ({ block, shows, html }) => {
  const { markdown } = writeMarkdown([block]);

  test('writes Markdown that the site’s essay renderer accepts, showing the same words', () => {
    const page = rendered(markdown);
    const shown = toText(fromHtml(page, { fragment: true }))
      .replace(/\s+/g, ' ')
      .trim();
    if (shows) expect(shown).toContain(shows.replace(/\s+/g, ' '));
    else expect(shown).toBe('');
    if (html) expect(page).toMatch(html);
  });

  test('leaves no link to a script URL and no image in the rendered page', () => {
    const page = rendered(markdown);
    expect(page).not.toMatch(/href="\s*(?:javascript|vbscript|data):/i);
    expect(page).not.toMatch(/<img/);
  });
});

test('reports each link it made plain and each image it turned into a link or dropped', () => {
  const { warnings } = writeMarkdown([
    paragraph({ type: 'link', url: 'vbscript:msgbox(1)', children: [text('old')] }),
    paragraph({ type: 'image', url: 'https://images.example.org/a.png', alt: 'A chart' }),
    paragraph({ type: 'image', url: 'data:image/png;base64,AAAA', alt: 'Inline' }),
  ]);
  expect(warnings.map((warning) => warning.name)).toEqual(['unsafe link', 'remote image', 'image dropped']);
  expect(warnings[0]!.detail).toContain('vbscript:msgbox(1)');
});
