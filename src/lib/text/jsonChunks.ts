// Large open-data files (debate.json, debate.aif.json, debate.argdown) are tens of megabytes at a
// thousand essays and hundreds at ten thousand. Made as one string, each was held two or three times
// over (the string, its UTF-8 bytes, the response's copy); made in pieces, only the bytes are.
// JSON.stringify has no streaming form and the well-kept streaming JSON packages parse rather than
// write, so this writes the few lines of its own.

/** Whether JSON.stringify leaves this out of an object (and writes null for it in an array). */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * The text of `JSON.stringify(value, null, indent)`, in pieces: each item of an array and each
 * member of an object down to `depth` levels is a piece of its own, deeper values one piece each.
 * Joined, the pieces are byte for byte what JSON.stringify writes.
 */
export function* jsonChunks(value: unknown, { indent = 2, depth = 2 } = {}, level = 0): Generator<string> {
  const pad = (at: number) => ' '.repeat(indent * at);
  // With no indent JSON.stringify writes no line breaks and no space after a colon.
  const [newline, colon] = indent ? ['\n', ': '] : ['', ':'];
  const isContainer = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (level >= depth || !isContainer) {
    // A nested value's own line breaks are indented to where it stands; strings escape theirs.
    yield (JSON.stringify(value, null, indent) ?? 'null').replaceAll('\n', `\n${pad(level)}`);
    return;
  }
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((item) => [undefined, omitted(item) ? null : item])
    : Object.entries(value).filter(([, member]) => !omitted(member));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (!entries.length) {
    yield `${open}${close}`;
    return;
  }
  yield `${open}${newline}`;
  for (const [index, [key, member]] of entries.entries()) {
    yield `${pad(level + 1)}${key === undefined ? '' : `${JSON.stringify(key)}${colon}`}`;
    yield* jsonChunks(member, { indent, depth }, level + 1);
    yield index < entries.length - 1 ? `,${newline}` : newline;
  }
  yield `${pad(level)}${close}`;
}

/** How much text a response piece gathers before it is encoded and handed on. */
const pieceSize = 64 * 1024;

/**
 * A response body made from text pieces as the reader asks for them, about 64 kB at a time, so the
 * whole text never exists as one string.
 */
export function textStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      while (text.length < pieceSize) {
        const next = iterator.next();
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

/** A JSON file's body as JSON.stringify(value, null, 2) writes it, with a final line break, in pieces. */
export function jsonBody(value: unknown, depth = 2): ReadableStream<Uint8Array> {
  return textStream(
    (function* () {
      yield* jsonChunks(value, { depth });
      yield '\n';
    })(),
  );
}
