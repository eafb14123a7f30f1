// Astro writes an endpoint's file only after gathering its whole response body into one buffer
// (core/build/generate.js: `Buffer.from(await response.arrayBuffer())`). The open-data files are
// tens of megabytes at a thousand essays and hundreds at ten thousand, and that buffer, with the
// stream's parts behind it, was the build's peak memory. During a build, the open-data integration
// (src/integrations/openDataFiles.ts) opens this sink so that those endpoints write their text
// straight to the output folder, a part at a time, and answer Astro with no body, which it skips.
// Like the search feed (src/lib/search/searchFeed.ts), the two sides meet on a global: integrations
// and pages are bundled apart and never share a module's copy.

/** Writes a built file from text parts, in the output folder, as they come. */
export interface BuiltFileSink {
  /** Writes `path` (like "debate.json", relative to the output folder) from the parts, in order; resolves once the file is on disk. */
  write(path: string, parts: AsyncIterable<string> | Iterable<string>): Promise<void>;
}

const sinkKey = Symbol.for('open-models-debate.built-file-sink');
type WithSink = typeof globalThis & { [sinkKey]?: BuiltFileSink };

/** Opens the sink for a build, or closes it (undefined). */
export function setBuiltFileSink(sink: BuiltFileSink | undefined): void {
  (globalThis as WithSink)[sinkKey] = sink;
}

/** The open sink, or undefined outside a build (in `astro dev`, where endpoints answer with their body). */
export function builtFileSink(): BuiltFileSink | undefined {
  return (globalThis as WithSink)[sinkKey];
}
