import { expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { essayTree } from '../../src/lib/essay/essayTree.ts';
import { markAddedHeadings } from '../../src/lib/essay/markAddedHeadings.ts';

const mark = { label: 'Editors’ heading', explanationId: 'editors-words' };

test('a heading the editors added gets a mark after its controls, linking to the explanation, and keeps its text and id', () => {
  const { tree } = essayTree('## Introduction\n\nText.\n\n## Why it matters\n\nMore.\n', 'essay.mdx');
  markAddedHeadings(tree, ['Introduction'], mark);
  const html = toHtml(tree);
  expect(html).toContain('<h2 id="introduction" aria-describedby="editors-words">Introduction</h2><a class="anchor-link"');
  expect(html).toContain(
    '<span class="sr-only">Copy link to section: Introduction</span></button><a class="editors-mark" href="#editors-words" data-pagefind-ignore="">Editors’ heading</a></div>',
  );
  expect(html).toContain('<h2 id="why-it-matters">Why it matters</h2><a class="anchor-link"');
  expect(html.match(/editors-mark/g)).toHaveLength(1);
});
