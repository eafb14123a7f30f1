import { JsonStreamStringify } from 'json-stream-stringify';

// Large open-data files (debate.json, debate.aif.json, debate.argdown) are tens of megabytes at a
// thousand essays and hundreds at ten thousand. Made as one string, each was held two or three times
// over (the string, its UTF-8 bytes, the response's copy); made in pieces, only the bytes are.

/** How much text a body gathers before it is encoded and handed on. */
const partSize = 64 * 1024;

/**
 * A response body made from text pieces as the reader asks for them, about 64 kB at a time, so the
 * whole text never exists as one string.
 */
export function textStream(pieces: Iterable<string> | AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = Symbol.asyncIterator in pieces ? pieces[Symbol.asyncIterator]() : pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = '';
      while (text.length < partSize) {
        const next = await iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
}

/**
 * A JSON file's body: exactly what `JSON.stringify(value, null, 2)` writes, and a final line break,
 * written in pieces by json-stream-stringify.
 */
export function jsonBody(value: unknown): ReadableStream<Uint8Array> {
  return textStream(
    (async function* () {
      for await (const piece of new JsonStreamStringify(value, undefined, 2)) yield String(piece);
      yield '\n';
    })(),
  );
}
