import { describe, expect, test } from 'vitest';
import { essayTree } from '../../src/lib/essay/essayTree.ts';
import { renderEssay } from '../../src/lib/essay/renderEssay.ts';

const file = 'content/essays/links.mdx';
const allHtml = (body: string) => {
  const { intro, sections } = renderEssay(body, file);
  return intro + sections.map((section) => section.html).join('');
};

describe('links an essay may not keep', () => {
  const dangerous: [string, string, string?][] = [
    ['javascript: in mixed case', '[click](JaVaScRiPt:alert(1))'],
    ['javascript: written with a decimal entity', '[click](&#106;avascript:alert(1))'],
    ['javascript: written with a hex entity', '[click](&#x6A;avascript:alert(1))'],
    ['javascript: percent-encoded', '[click](%6Aavascript:alert(1))'],
    ['javascript: split by a tab', '[click](java&#x09;script:alert(1))'],
    ['javascript: in angle brackets with a leading space', '[click](< javascript:alert(1)>)'],
    ['vbscript:', '[click](vbscript:msgbox(1))'],
    ['data: HTML', '[click](data:text/html,<script>alert(1)</script>)'],
    ['file:', '[click](file:///etc/passwd)'],
    ['javascript: through a reference definition', '[click][x]', '\n[x]: javascript:alert(1)\n'],
  ];

  test.each(dangerous)('%s becomes its plain text, with a warning naming the file and line', (_, link, definitions = '') => {
    const body = `## Links\n\nBefore ${link} after.\n${definitions}`;
    const html = allHtml(body);
    expect(html).toContain('Before click after.');
    expect(html).not.toMatch(/<a [^>]*href="(?!#links")/);
    expect(html.toLowerCase()).not.toMatch(/script:|data:|file:/);
    const { warnings } = essayTree(body, file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^content\/essays\/links\.mdx:3: link to ".*" kept as plain text: only http:, https:, mailto:, relative and # links are kept$/,
    );
  });
});

describe('links an essay keeps', () => {
  test.each([
    ['https://example.org/post'],
    ['http://example.org/'],
    ['mailto:editor@example.org'],
    ['../other-essay/'],
    ['#a-section'],
    ['//example.org/path'],
  ])('%s', (href) => {
    const body = `Read [this](${href}).\n`;
    expect(allHtml(body)).toContain(`<a href="${href}">this</a>`);
    expect(essayTree(body, file).warnings).toEqual([]);
  });
});

describe('images', () => {
  test('a remote image becomes a link to it named by its alt text, so the page loads nothing from other sites', () => {
    const html = allHtml('See ![a chart of downloads](https://example.org/chart.png).\n');
    expect(html).toContain('See <a href="https://example.org/chart.png">a chart of downloads</a>.');
    expect(html).not.toContain('<img');
  });

  test('a remote image inside a link becomes its alt text, the link kept', () => {
    const html = allHtml('[![the paper](https://example.org/cover.png)](https://example.org/paper)\n');
    expect(html).toContain('<a href="https://example.org/paper">the paper</a>');
    expect(html).not.toContain('<img');
  });

  test('an image with a script or data address becomes its alt text, with a warning', () => {
    const body = 'A ![tiny dot](data:image/png;base64,AAAA) here.\n';
    expect(allHtml(body)).toContain('<p>A tiny dot here.</p>');
    expect(essayTree(body, file).warnings).toEqual([
      'content/essays/links.mdx:1: image "data:image/png;base64,AAAA" kept as its alt text: only http:, https:, mailto:, relative and # links are kept',
    ]);
  });

  test('an image on this site stays an image', () => {
    expect(allHtml('![the logo](/favicon.svg)\n')).toContain('<img src="/favicon.svg" alt="the logo">');
  });
});
