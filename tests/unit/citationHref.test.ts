import { expect, test } from 'vitest';
import { citationHref } from '../../src/lib/citationHref.ts';

test('links to the section anchor with a text fragment of the quote’s first six words', () => {
  expect(citationHref('essay-a', 'safety', 'You can use AI models for bad things, like hacking', '/')).toBe(
    '/essays/essay-a/#safety:~:text=You%20can%20use%20AI%20models%20for',
  );
});

test('escapes the characters that mean something inside a text fragment', () => {
  expect(citationHref('e', 's', 'open-source, fast & free', '/base/')).toBe(
    '/base/essays/e/#s:~:text=open%2Dsource%2C%20fast%20%26%20free',
  );
});
