import { expect, test } from 'vitest';
import { jsonPieces, textParts, textStream } from '../../src/lib/text/textStream.ts';

async function read(stream: ReadableStream<Uint8Array>): Promise<{ text: string; parts: Uint8Array[] }> {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  return { text: new TextDecoder().decode(Buffer.concat(parts)), parts };
}

const samples: unknown[] = [
  { $schema: './x.json', site: null, empty: [], none: {}, topics: [{ id: 'a', n: 1, nested: { deep: [1, [2, { x: 'y' }]] } }] },
  [1, 'two', null, true, { a: [] }, [], {}],
  { text: 'line one\nline two “curly” \u2028 \\ "quoted"', skip: undefined, fn: () => 1, arr: [undefined, () => 2] },
  { when: new Date(0), list: [new Date(1)] },
  'a plain string',
  [],
  {},
];

test.each(samples.map((sample) => [JSON.stringify(sample)?.slice(0, 40), sample]))(
  'the JSON body of %s is what JSON.stringify writes, two spaces deep, with a final line break',
  async (_name, sample) => {
    expect((await Array.fromAsync(jsonPieces(sample))).join('')).toBe(`${JSON.stringify(sample, null, 2)}\n`);
  },
);

test('a text stream carries every piece, in order, as UTF-8, in parts of bounded size', async () => {
  const pieces = Array.from({ length: 5000 }, (_, index) => `piece ${index} “é” `);
  const { text, parts } = await read(textStream(pieces));
  expect(text).toBe(pieces.join(''));
  expect(parts.length).toBeGreaterThan(1);
  expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(200 * 1024);
  expect((await read(textStream([]))).parts).toEqual([]);
});

test('a text stream takes pieces that arrive one at a time', async () => {
  async function* arriving() {
    for (const piece of ['a', 'b', 'c']) yield await Promise.resolve(piece);
  }
  expect((await read(textStream(arriving()))).text).toBe('abc');
});

test('text parts join small pieces into parts of about 64 kB and lose none', async () => {
  const pieces = Array.from({ length: 20_000 }, (_, index) => `p${index} `);
  const parts = await Array.fromAsync(textParts(pieces));
  expect(parts.join('')).toBe(pieces.join(''));
  expect(parts.length).toBeGreaterThan(1);
  expect(parts.slice(0, -1).every((part) => part.length >= 64 * 1024 && part.length < 64 * 1024 + 16)).toBe(true);
  expect(await Array.fromAsync(textParts([]))).toEqual([]);
});
