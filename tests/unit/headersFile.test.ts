import { expect, test } from 'vitest';
import { formatHeadersFile, headersForPath, parseHeadersFile } from '../../src/lib/host/headersFile.ts';
import type { HeaderRule } from '../../src/lib/host/responseHeaders.ts';

const rules: HeaderRule[] = [
  { path: '/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' } },
  { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  { path: '/about/', headers: { 'Cache-Control': 'no-cache' } },
];

test('writes a comment, then each path with its headers indented below it', () => {
  expect(formatHeadersFile(rules.slice(1), 'Made by the build.\nDo not edit.')).toBe(
    '# Made by the build.\n# Do not edit.\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n\n/about/\n  Cache-Control: no-cache\n',
  );
});

test('reads back what it writes', () => {
  expect(parseHeadersFile(formatHeadersFile(rules, 'comment'))).toEqual(rules);
});

test('reads a file written by hand, with comments, blank lines and CRLF line ends', () => {
  const text = '# headers\r\n/*\r\n  # why\r\n\tX-Frame-Options:   DENY  \r\n\r\n/a\r\n  Link: </x>; rel=preload\r\n';
  expect(parseHeadersFile(text)).toEqual([
    { path: '/*', headers: { 'X-Frame-Options': 'DENY' } },
    { path: '/a', headers: { Link: '</x>; rel=preload' } },
  ]);
});

test.each([
  [
    '/essays/:id/\n  A: b\n',
    '_headers line 1: expected a URL path that starts with "/" and may end in "/*"; got "/essays/:id/".',
  ],
  ['/*/x\n  A: b\n', '_headers line 1: expected a URL path that starts with "/" and may end in "/*"; got "/*/x".'],
  [
    'https://example.org/*\n  A: b\n',
    '_headers line 1: expected a URL path that starts with "/" and may end in "/*"; got "https://example.org/*".',
  ],
  ['  A: b\n', '_headers line 1: a header comes before any path.'],
  ['/x\n  no colon here\n', '_headers line 2: expected "  Header-Name: value"; got "no colon here".'],
  ['/x\n  A:\n', '_headers line 2: the header A has no value.'],
])('rejects what it cannot match, naming the line: %j', (text, message) => {
  expect(() => parseHeadersFile(text)).toThrow(message);
});

test('a path gets the headers of every rule that matches it: exact paths, and splats by prefix', () => {
  expect(headersForPath(rules, '/about/')).toEqual({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  expect(headersForPath(rules, '/_astro/a.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(headersForPath(rules, '/about')['Cache-Control']).toBeUndefined();
  expect(headersForPath(rules, '/about/more/')['Cache-Control']).toBeUndefined();
  expect(headersForPath(rules, '/_astronaut')['Cache-Control']).toBeUndefined();
});

test('two matching rules that set the same header are an error, since hosts combine them differently', () => {
  const clash = [...rules, { path: '/_astro/*', headers: { 'cache-control': 'no-store' } }];
  expect(() => headersForPath(clash, '/_astro/a.js')).toThrow(
    '_headers: both /_astro/* and /_astro/* set cache-control for /_astro/a.js; hosts combine them differently.',
  );
  expect(() => headersForPath(clash, '/about/')).not.toThrow();
});
