import { expect, test } from 'vitest';
import { jsonChunks, textStream } from '../../src/lib/text/jsonChunks.ts';

const samples: unknown[] = [
  { $schema: './x.json', site: null, empty: [], none: {}, topics: [{ id: 'a', n: 1, nested: { deep: [1, [2, { x: 'y' }]] } }] },
  [1, 'two', null, true, { a: [] }, [], {}],
  { text: 'line one\nline two “curly” \u2028 \\ "quoted"', skip: undefined, fn: () => 1, arr: [undefined, () => 2] },
  { when: new Date(0), list: [new Date(1)] },
  'a plain string',
  42,
  null,
  [],
  {},
];

test.each(samples.map((sample) => [JSON.stringify(sample)?.slice(0, 40), sample]))(
  'joined, the pieces of %s are what JSON.stringify writes',
  (_name, sample) => {
    for (const depth of [0, 1, 2, 5]) {
      for (const indent of [0, 2, 4]) {
        expect([...jsonChunks(sample, { indent, depth })].join('')).toBe(JSON.stringify(sample, null, indent));
      }
    }
  },
);

test('each item of a long list is a piece of its own, so no piece grows with the list', () => {
  const items = Array.from({ length: 1000 }, (_, index) => ({ id: `argument-${index}`, quotes: ['a', 'b'] }));
  const pieces = [...jsonChunks({ items })];
  expect(pieces.length).toBeGreaterThan(1000);
  expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(200);
});

test('a text stream carries every piece, in order, as UTF-8, in parts of bounded size', async () => {
  const pieces = Array.from({ length: 5000 }, (_, index) => `piece ${index} “é” `);
  const parts: Uint8Array[] = [];
  for await (const part of textStream(pieces)) parts.push(part);
  expect(parts.length).toBeGreaterThan(1);
  expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(200 * 1024);
  expect(new TextDecoder().decode(Buffer.concat(parts))).toBe(pieces.join(''));
  const empty: Uint8Array[] = [];
  for await (const part of textStream([])) empty.push(part);
  expect(empty).toEqual([]);
});
