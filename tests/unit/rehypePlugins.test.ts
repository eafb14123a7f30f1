import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import { rehypeHeadingAnchors } from '../../src/lib/essay/rehypeHeadingAnchors.ts';
import { rehypeSections } from '../../src/lib/essay/rehypeSections.ts';

function run(html: string, ...plugins: (() => (tree: Root) => void)[]): string {
  const tree = fromHtml(html, { fragment: true });
  for (const plugin of plugins) plugin()(tree);
  return toHtml(tree);
}

test('adds a labelled anchor link and a hidden copy button after h2 and h3 headings with an id', () => {
  expect(run('<h2 id="why">Why it matters</h2>', rehypeHeadingAnchors)).toBe(
    '<div class="heading-wrapper level-h2"><h2 id="why">Why it matters</h2>' +
      '<a class="anchor-link" href="#why" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="sr-only">Link to section: Why it matters</span></a>' +
      '<button type="button" class="copy-link" data-copy-link="why" hidden data-pagefind-ignore=""><span aria-hidden="true">Copy link</span><span class="sr-only">Copy link to section: Why it matters</span></button></div>',
  );
});

test('leaves headings without an id, and other levels, alone', () => {
  const html = '<h2>No id</h2><h4 id="deep">Deep</h4><p id="p">Text</p>';
  expect(run(html, rehypeHeadingAnchors)).toBe(html);
});

test('wraps each anchored heading and what follows it, up to the next one, in a named section', () => {
  const html = '<p>Lead</p><h2 id="a">A</h2><p>One</p><h3 id="b">B</h3><p>Two</p>';
  const out = run(html, rehypeHeadingAnchors, rehypeSections);
  expect(
    out.startsWith(
      '<p>Lead</p><section data-section="a" aria-labelledby="a"><div class="heading-wrapper level-h2"><h2 id="a">A</h2>',
    ),
  ).toBe(true);
  expect(out).toContain(
    '<p>One</p></section><section data-section="b" aria-labelledby="b"><div class="heading-wrapper level-h3"><h3 id="b">B</h3>',
  );
  expect(out.endsWith('<p>Two</p></section>')).toBe(true);
});
