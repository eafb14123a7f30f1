import { readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile } from '../lib/host/headersFile.ts';
import { headerRules } from '../lib/host/responseHeaders.ts';

const comment = `Response headers for Netlify and Cloudflare Pages, written by the build from src/lib/host/responseHeaders.ts.
npm start serves them too; deploy/nginx.conf sends the same with nginx.`;

/** Every file below a folder, as paths relative to it. */
async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Writes `_headers` into the build output once every file, the search index included, is there. */
export function hostHeaders(): AstroIntegration {
  let assetsFolder = '_astro';
  return {
    name: 'open-models-debate:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsFolder = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const rules = headerRules(await builtFiles(outDir), assetsFolder);
        await writeFile(join(outDir, '_headers'), formatHeadersFile(rules, comment));
        logger.info(`wrote _headers: ${rules.length} rules`);
      },
    },
  };
}
