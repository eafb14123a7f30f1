import { textStream } from '../text/textStream.ts';
import { builtFileSink } from './builtFileSink.ts';

/**
 * An endpoint's answer for a large text file (`path` relative to the site root, like "debate.json"):
 * in a build, the file is written to the output folder as its text is made, and Astro is answered
 * with no body, which it writes nothing for (builtFileSink.ts says why); in `astro dev`, the text
 * is the response's streamed body.
 */
export async function builtFileResponse(
  path: string,
  pieces: Iterable<string> | AsyncIterable<string>,
  contentType: string,
): Promise<Response> {
  const sink = builtFileSink();
  if (!sink) return new Response(textStream(pieces), { headers: { 'Content-Type': contentType } });
  await sink.write(path, pieces);
  return new Response(null, { headers: { 'Content-Type': contentType } });
}
