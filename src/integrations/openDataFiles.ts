import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, normalize, isAbsolute } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setBuiltFileSink } from '../lib/host/builtFileSink.ts';
import { textParts } from '../lib/text/textStream.ts';

/**
 * Lets the open-data endpoints (debate.json, debate.aif.json, debate.argdown) write their files
 * during a build as their text is made, rather than through Astro's buffered response body
 * (src/lib/host/builtFileSink.ts says why). The build fails if an endpoint wrote outside the
 * output folder or wrote one file twice.
 */
export function openDataFiles(): AstroIntegration {
  let outDir = '';
  const written = new Set<string>();
  return {
    name: 'open-models-debate:open-data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        written.clear();
        setBuiltFileSink({
          async write(path, pieces) {
            const relativePath = normalize(path);
            if (isAbsolute(relativePath) || relativePath.startsWith('..')) {
              throw new Error(`A built file must be inside the output folder; "${path}" is not`);
            }
            if (written.has(relativePath)) throw new Error(`The build wrote ${relativePath} twice`);
            written.add(relativePath);
            const file = join(outDir, relativePath);
            await mkdir(dirname(file), { recursive: true });
            await pipeline(Readable.from(textParts(pieces)), createWriteStream(file, { encoding: 'utf8' }));
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        setBuiltFileSink(undefined);
        // Astro says "file not created" of each of these endpoints: it is right, they wrote their own.
        if (written.size) logger.info(`wrote ${[...written].sort().join(', ')} as their text was made`);
      },
    },
  };
}
