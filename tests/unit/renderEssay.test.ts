import { expect, test } from 'vitest';
import { renderEssay } from '../../src/lib/essay/renderEssay.ts';
import { buildEssayComponent } from '../../src/lib/essay/essayComponents.ts';

const body = [
  'A lead paragraph with “curly” and "straight" quotes -- kept as written.',
  '',
  '## Why it matters',
  '',
  'First reason.',
  '',
  '### Why it matters',
  '',
  '| Side | Claim |',
  '| --- | --- |',
  '| For | Openness |',
  '',
  '## Reply 1',
  '',
  '<Byline />',
  '',
  'poor dave <LostEmoji count={2} />',
  '',
  '<Truncated />',
].join('\n');

const rendered = renderEssay(body, 'content/essays/example.mdx');
const { intro, sections } = rendered;

test('gives headings the ids Astro gives them, a repeated heading a numbered one', () => {
  expect(rendered.headings).toEqual([
    { depth: 2, slug: 'why-it-matters', text: 'Why it matters' },
    { depth: 3, slug: 'why-it-matters-1', text: 'Why it matters' },
    { depth: 2, slug: 'reply-1', text: 'Reply 1' },
  ]);
});

test('cuts the HTML into the lead and one part per section, each starting with its anchored heading', () => {
  expect(intro).toBe('<p>A lead paragraph with “curly” and "straight" quotes -- kept as written.</p>\n');
  expect(sections.map((section) => section.id)).toEqual(['why-it-matters', 'why-it-matters-1', 'reply-1']);
  expect(sections[0]!.html).toMatch(
    /^<div class="heading-wrapper level-h2"><h2 id="why-it-matters">Why it matters<\/h2><a class="anchor-link" href="#why-it-matters"/,
  );
  expect(sections[0]!.html).toContain('<p>First reason.</p>');
});

test('renders GitHub tables and keeps the punctuation as written', () => {
  expect(sections[1]!.html).toContain('<th>Side</th>');
  expect(sections[1]!.html).toContain('<td>Openness</td>');
  expect(intro).toContain('“curly” and "straight" quotes -- kept');
});

test('turns the scrape marks into their HTML, with what they say', () => {
  const reply = sections[2]!.html;
  expect(reply).toContain('<p class="byline" data-pagefind-ignore="">Author’s handle not preserved in the scraped source.</p>');
  expect(reply).toContain(
    'poor dave <span class="lost-emoji" title="The scraped source garbled 2 emoji here; it cannot be recovered.">[2 emoji lost in the source]</span>',
  );
  expect(reply).toContain('<p class="truncated" role="note"><strong>Truncated in the source:</strong>');
});

test('refuses a component essays may not use, naming the file, the component and the allowed ones', () => {
  expect(() => renderEssay('Text.\n\n<Signature name="x" />\n', 'content/essays/x.mdx')).toThrow(
    'content/essays/x.mdx:3: <Signature> is not an essay component; essays may use only <Byline />, <LostEmoji />, <Truncated />',
  );
});

test('refuses MDX expressions and imports: essays hold only the authors’ words and the scrape marks', () => {
  expect(() => renderEssay('Two plus two is {2 + 2}.\n', 'x.mdx')).toThrow(
    /x\.mdx:1: an MDX expression \("2 \+ 2"\) is not allowed/,
  );
  expect(() => renderEssay("import X from './x.astro';\n\nText.\n", 'x.mdx')).toThrow(/x\.mdx:1: an MDX import or export/);
});

test('checks a component’s attributes', () => {
  expect(() => buildEssayComponent('LostEmoji', { count: '0' })).toThrow(
    '<LostEmoji count={…}>: expected a whole number of 1 or more, found "0"',
  );
  expect(() => buildEssayComponent('Byline', { name: 'dave' })).toThrow('<Byline> does not take name; it takes no attributes');
  expect(() => buildEssayComponent('LostEmoji', { size: '2' })).toThrow('<LostEmoji> does not take size; it takes only count');
});

test('refuses a component with content between its tags, naming the file and line: its words would not be shown', () => {
  expect(() => renderEssay('Text.\n\n<Truncated>the rest of the reply</Truncated>\n', 'essays/x.mdx')).toThrow(
    'essays/x.mdx:3: <Truncated> takes no content: the words between <Truncated> and </Truncated> would not be shown',
  );
  expect(() => renderEssay('poor dave <LostEmoji>:(</LostEmoji>\n', 'essays/x.mdx')).toThrow(
    'essays/x.mdx:1: <LostEmoji> takes no content',
  );
});

test('refuses an attribute a component does not take, naming the file and line', () => {
  expect(() => renderEssay('## A\n\n<Byline author="dave" />\n', 'essays/x.mdx')).toThrow(
    'essays/x.mdx:3: <Byline> does not take author; it takes no attributes',
  );
});

test('refuses HTML and HTML comments, which MDX reads as markup the page would not show as written', () => {
  expect(() => renderEssay('Text.\n\n<div>hidden</div>\n', 'essays/x.mdx')).toThrow(
    'essays/x.mdx:3: <div> is not an essay component',
  );
  expect(() => renderEssay('Text.\n\n<!-- a note -->\n', 'essays/x.mdx')).toThrow(
    /^essays\/x\.mdx:3:1: .*\(an HTML comment: essays hold no comments; delete it\)/,
  );
});
