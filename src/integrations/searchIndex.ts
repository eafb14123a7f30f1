import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { ArgumentSearchRecord } from '../lib/search/searchArgumentRecords.ts';
import { setSearchFeed, type FedPage } from '../lib/search/searchFeed.ts';
import { inReservedOrder, type ReservedOrder } from '../lib/search/inReservedOrder.ts';
import { linkWordShards, writeMeaningIndex } from './searchMeaning.ts';
import { decodeVectorTable, readTableFiles, type TableFiles } from './vectorTable.ts';
import { readSpellingPairs } from './spellingPairs.ts';
import { contentDir } from '../lib/debate/contentDir.ts';

/** A Pagefind index being filled while the pages are rendered. */
interface IndexRun {
  index: pagefind.PagefindIndex;
  /** One promise per record sent, each resolving to that record's errors. */
  pending: Promise<string[]>[];
  pages: number;
  /** The pages' places, in the order they started rendering (see SearchFeed.reservePage). */
  order: ReservedOrder<FedPage>;
  /** The argument records, once the middleware has sent them; undefined until then. */
  arguments?: readonly ArgumentSearchRecord[];
}

/** Starts Pagefind and opens the feed the middleware sends rendered pages and argument records to. */
async function startIndex(): Promise<IndexRun> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pending: Promise<string[]>[] = [];
  const send = (url: string, content: string) =>
    // The callbacks keep the URL only, so a page's HTML is let go once it is sent.
    pending.push(
      index.addHTMLFile({ url, content }).then(
        (added) => added.errors.map((error) => `${url}: ${error}`),
        (error: Error) => [`${url}: ${error.message}`],
      ),
    );
  // URLs without the base path: Pagefind's script adds the base it is served from.
  const order = inReservedOrder<FedPage>(({ path, html }) => {
    send(path, html);
    run.pages += 1;
  });
  const run: IndexRun = { index, pending, pages: 0, order };
  setSearchFeed({
    reservePage: order.reserve,
    addArguments(records) {
      if (run.arguments) throw new Error('The search index was sent the argument records twice in one build');
      run.arguments = records;
      for (const { url, html } of records) send(url, html);
    },
  });
  return run;
}

/** Waits for every record, then writes the index into `<siteDir>/pagefind`; throws with Pagefind's own messages. */
async function finishIndex(run: IndexRun, siteDir: string): Promise<void> {
  if (!run.arguments) {
    throw new Error(
      'The search index was sent no argument records: its middleware (src/integrations/searchIndexMiddleware.ts) did not run, so the index would have been empty. Is searchIndex() still in astro.config.mjs and does a page render?',
    );
  }
  const unfilled = run.order.unfilled();
  if (unfilled) throw new Error(`The search index is missing ${unfilled} page(s) that started rendering and never arrived`);
  const failures = (await Promise.all(run.pending)).flat();
  if (failures.length) throw new Error(`Pagefind could not index:\n${failures.join('\n')}`);
  if (run.pages === 0) throw new Error('Pagefind was sent no pages: no built page has a data-pagefind-body');
  const written = await run.index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
}

/**
 * Builds the search indexes during `astro build`, in the same process: a middleware hands each
 * rendered page to Pagefind as it is made (searchIndexMiddleware.ts), with one record per
 * argument built from the debate data (searchArgumentRecords.ts), so that results and filters
 * work per argument, which Pagefind's CLI, indexing whole pages, cannot do. Once every page is
 * built, it writes Pagefind's index and the vectors of search by meaning (searchMeaning.ts).
 */
export function searchIndex(): AstroIntegration {
  let run: IndexRun | undefined;
  // The shards are read once: their hash names their folder when the config is set up, and the
  // build decodes the same bytes for the arguments' meanings.
  let files: TableFiles | undefined;
  const tableFiles = () => (files ??= readTableFiles());
  return {
    name: 'open-models-debate:search-index',
    hooks: {
      'astro:config:setup': async ({ command, addMiddleware, updateConfig, config }) => {
        // The browser fetches a question's word shards at once, without first reading
        // meaning/index.json for their folder: the folder's name is built into the search code.
        // The spelling pairs the site's words need are built in too (spellingPairs.ts).
        const pairs = await readSpellingPairs(contentDir(), fileURLToPath(new URL('pages/', config.srcDir)));
        updateConfig({
          vite: {
            define: {
              __MEANING_SHARDS__: JSON.stringify(tableFiles().version),
              __SPELLING_PAIRS__: JSON.stringify(pairs),
            },
          },
        });
        if (command === 'build') {
          addMiddleware({ entrypoint: new URL('./searchIndexMiddleware.ts', import.meta.url), order: 'post' });
        }
      },
      'astro:build:start': async () => {
        run = await startIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        setSearchFeed(undefined);
        const siteDir = fileURLToPath(dir);
        try {
          await finishIndex(run!, siteDir);
          const started = performance.now();
          const table = decodeVectorTable(tableFiles());
          await linkWordShards(table, siteDir);
          const vectors = await writeMeaningIndex(siteDir, run!.arguments!, table);
          logger.info(
            `indexed ${run!.pages} pages and ${run!.arguments!.length} argument records for search; ` +
              `${vectors} argument vectors written and the word shards linked in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
