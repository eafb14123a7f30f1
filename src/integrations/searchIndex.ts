import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { argumentSearchRecords, type SearchRecord } from './argumentSearchRecords.ts';
import { pagePath } from '../lib/routes.ts';

/** Records sent to Pagefind at a time. */
const batchSize = 32;

/** Every HTML file below a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Indexes a built site into `<siteDir>/pagefind`; throws with Pagefind's own messages on failure. */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; argumentRecords: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const counts = { pages: 0, argumentRecords: 0 };
  const failures: string[] = [];
  let batch: SearchRecord[] = [];
  // Pagefind's service takes records concurrently; sending them a batch at a time keeps no more
  // than one batch of pages in memory, however large the site.
  const flush = async () => {
    const added = await Promise.all(batch.map((record) => index.addHTMLFile(record)));
    added.forEach((result, i) => failures.push(...result.errors.map((error) => `${batch[i]!.url}: ${error}`)));
    batch = [];
  };
  try {
    for (const file of await htmlFiles(siteDir)) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      // URLs without the base path: Pagefind's script adds the base it is served from.
      const pageUrl = pagePath(relative(siteDir, file));
      const argumentRecords = argumentSearchRecords(html, pageUrl);
      batch.push({ url: pageUrl, content: html }, ...argumentRecords);
      counts.pages += 1;
      counts.argumentRecords += argumentRecords.length;
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    if (failures.length) throw new Error(`Pagefind could not index:\n${failures.join('\n')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return counts;
}

/**
 * Builds the Pagefind index as the last step of `astro build`, in the same process. Pages are
 * indexed as Pagefind finds them; each argument on a topic page is also added as a record of its
 * own (see argumentSearchRecords) so that results and filters work per argument, which
 * Pagefind's CLI, indexing whole pages, cannot do.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'open-models-debate:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, argumentRecords } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages and ${argumentRecords} argument records for search`);
      },
    },
  };
}
