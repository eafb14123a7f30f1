import { JsonStreamStringify } from 'json-stream-stringify';

// Large open-data files (debate.json, debate.aif.json, debate.argdown) are tens of megabytes at a
// thousand essays and hundreds at ten thousand. Made as one string, each was held two or three times
// over (the string, its UTF-8 bytes, the response's copy); made in pieces, only a part at a time is.

/** How much text a part gathers before it is handed on. */
const partSize = 64 * 1024;

/** Small text pieces joined into parts of about 64 kB, so that each write or encode is worth its cost. */
export async function* textParts(pieces: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  let text = '';
  for await (const piece of pieces) {
    text += piece;
    if (text.length >= partSize) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}

/** A response body made from text pieces as the reader asks for them, so the whole text never exists as one string. */
export function textStream(pieces: Iterable<string> | AsyncIterable<string>): ReadableStream<Uint8Array> {
  const parts = textParts(pieces);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await parts.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/**
 * A JSON file's text in pieces: exactly what `JSON.stringify(value, null, 2)` writes, and a final
 * line break, written by json-stream-stringify.
 */
export async function* jsonPieces(value: unknown): AsyncGenerator<string> {
  for await (const piece of new JsonStreamStringify(value, undefined, 2)) yield String(piece);
  yield '\n';
}
