import { expect, test } from 'vitest';
import { argumentSearchRecords } from '../../src/integrations/argumentSearchRecords.ts';

const page = [
  '<main><article class="topic" data-pagefind-body><h1>Safety</h1>',
  '<article class="argument" data-argument="misuse-risk" data-pagefind-ignore="all"><span id="old-id"></span>',
  '<h3 id="misuse-risk" data-pagefind-weight="8">Claim one</h3><p>Why.</p></article>',
  '<article class="argument" data-argument="theft" data-pagefind-ignore="all" data-keywords="stolen leak"><h3 id="theft">Claim two</h3></article>',
  '</article></main>',
].join('');

test('cuts one record per argument, at the topic page URL with the argument id as fragment', () => {
  expect(argumentSearchRecords(page, '/topics/safety/').map(({ url }) => url)).toEqual([
    '/topics/safety/#misuse-risk',
    '/topics/safety/#theft',
  ]);
});

test('lifts the ignore marker, drops ids and wraps the argument as an indexable body', () => {
  const [record] = argumentSearchRecords(page, '/topics/safety/');
  expect(record!.content).toContain(
    '<article data-pagefind-body data-pagefind-filter="kind:Argument"><article class="argument" data-argument="misuse-risk"><span></span><h3 data-pagefind-weight="8">Claim one</h3><p>Why.</p></article></article>',
  );
  expect(record!.content).not.toMatch(/ id="/);
});

test('adds the keywords as a last labelled paragraph of the record, and only to the argument that has them', () => {
  const [first, second] = argumentSearchRecords(page, '/topics/safety/');
  expect(first!.content).not.toContain('Keywords:');
  expect(second!.content).toContain('<h3>Claim two</h3><p>Keywords: stolen, leak</p></article></article>');
});

test('finds nothing on a page without arguments', () => {
  expect(argumentSearchRecords('<main><h1>Essay</h1><article><p>Text</p></article></main>', '/essays/x/')).toEqual([]);
});
