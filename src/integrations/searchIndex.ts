import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { argumentSearchRecords, type SearchRecord } from './argumentSearchRecords.ts';
import { setSearchFeed } from './searchFeed.ts';

/** A Pagefind index being filled while the pages are rendered. */
interface IndexRun {
  index: pagefind.PagefindIndex;
  /** One promise per record sent, each resolving to that record's errors. */
  pending: Promise<string[]>[];
  pages: number;
  argumentRecords: number;
}

/** Starts Pagefind and opens the feed the middleware sends rendered pages to. */
async function startIndex(): Promise<IndexRun> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const run: IndexRun = { index, pending: [], pages: 0, argumentRecords: 0 };
  const send = ({ url, content }: SearchRecord) =>
    // The callbacks keep the URL only, so a page's HTML is let go once it is sent.
    run.pending.push(
      index.addHTMLFile({ url, content }).then(
        (added) => added.errors.map((error) => `${url}: ${error}`),
        (error: Error) => [`${url}: ${error.message}`],
      ),
    );
  setSearchFeed({
    add(path, html) {
      // URLs without the base path: Pagefind's script adds the base it is served from.
      send({ url: path, content: html });
      const records = argumentSearchRecords(html, path);
      records.forEach(send);
      run.pages += 1;
      run.argumentRecords += records.length;
    },
  });
  return run;
}

/** Waits for every record, then writes the index into `<siteDir>/pagefind`; throws with Pagefind's own messages. */
async function finishIndex(run: IndexRun, siteDir: string): Promise<void> {
  const failures = (await Promise.all(run.pending)).flat();
  if (failures.length) throw new Error(`Pagefind could not index:\n${failures.join('\n')}`);
  if (run.pages === 0) throw new Error('Pagefind was sent no pages: no built page has a data-pagefind-body');
  const written = await run.index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
}

/**
 * Builds the Pagefind index during `astro build`, in the same process: a middleware hands each
 * rendered page to Pagefind as it is made (searchIndexMiddleware.ts), and the index is written
 * once every page is built. Each argument on a topic page is also added as a record of its own
 * (see argumentSearchRecords) so that results and filters work per argument, which Pagefind's
 * CLI, indexing whole pages, cannot do.
 */
export function searchIndex(): AstroIntegration {
  let run: IndexRun | undefined;
  return {
    name: 'open-models-debate:search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') {
          addMiddleware({ entrypoint: new URL('./searchIndexMiddleware.ts', import.meta.url), order: 'post' });
        }
      },
      'astro:build:start': async () => {
        run = await startIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        setSearchFeed(undefined);
        try {
          await finishIndex(run!, fileURLToPath(dir));
          logger.info(`indexed ${run!.pages} pages and ${run!.argumentRecords} argument records for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
