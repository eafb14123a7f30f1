import { expect, test } from 'vitest';
import { neutralizeLinks } from '../../../scripts/import/neutralizeLinks.ts';

test('turns a script link into its words, however its text or address is written', () => {
  for (const line of [
    "see [the link](javascript:alert('x')) here",
    "see [the link]( JaVaScRiPt:alert('x') ) here",
    'see [the link](<javascript:alert(1)>) here',
    'see [the link](javascript:alert(1) "a title") here',
    'see [the link](&#106;avascript&#58;alert(1)) here',
    'see [the link](vbscript:msgbox(1)) here',
    'see [the link](data:text/html,x) here',
  ]) {
    expect(neutralizeLinks(line).text, line).toBe('see the link here');
  }
  expect(neutralizeLinks('see [the [nested] link](javascript:alert(1)) here').text).toBe('see the [nested] link here');
});

test('keeps safe links and turns a remote image into a link with its alt text', () => {
  const line =
    'a [web](https://example.org/a_(b)) and [mail](mailto:a@example.org) and ![A chart](https://images.example.org/c.png)';
  const { text, warnings } = neutralizeLinks(line);
  expect(text).toBe(
    'a [web](https://example.org/a_(b)) and [mail](mailto:a@example.org) and [A chart](https://images.example.org/c.png)',
  );
  expect(warnings).toEqual([{ name: 'remote image', detail: '"A chart": kept as a link to the image' }]);
});

test('reports an unsafe reference definition, which the draft writes as text', () => {
  expect(neutralizeLinks('[x]: javascript:alert(1)').warnings).toEqual([
    { name: 'unsafe link', detail: 'the definition [x] pointed to javascript:alert(1): kept as plain text' },
  ]);
});
