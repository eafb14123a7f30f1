// `npm run bench`: builds this site and a stock Astro Starlight site holding the same three essays,
// serves both on loopback, and compares build time, page weight and search speed in Chromium.
// `npm run bench -- --essays 3,30,300,1000 [--shape copies]` measures growth instead (see bench/growth.ts),
// and `npm run bench -- --warm` a rebuild that finds its caches (bench/warm.ts).
// Not part of `npm test`; it takes a few minutes. Nothing here leaves 127.0.0.1 except the
// reference site's one-time `npm install` from the npm registry.
import { readdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { weighPage, weightTable, type PageWeight } from './lib/pageWeight.ts';
import { serveSite, type ServedSite } from './lib/serveSite.ts';
import { table } from './lib/textTable.ts';
import { timeBuilds } from './bench/build.ts';
import { heading, ms } from './bench/format.ts';
import { median } from './lib/median.ts';
import { runGrowth } from './bench/growth.ts';
import { runWarm } from './bench/warm.ts';
import { corpusShapes, type CorpusShape } from './corpus/generateCorpus.ts';
import { prepareReferenceSite, referenceDebounceMs, starlightVersion } from './bench/reference.ts';
import { comparisonTable, perQueryTable, searchTable, type SiteFigures } from './bench/report.ts';
import { measureEngine, measureSearchUi, typingDelayMs, type SearchUi } from './bench/search.ts';
import { ourUi, referenceUi } from './bench/ui.ts';
import { searchDebounceMs } from '../src/lib/search/searchDebounce.ts';
import { siteName } from '../src/lib/page/pageWords.ts';
import { benchQuestions, measureSlowSearch, questionReport, slowSearchReport, type SlowSite } from './bench/slowSearch.ts';

const repo = resolve(import.meta.dirname, '..');
// Outside the repository: the test run empties .tmp/ whenever it starts.
const benchDir = join(tmpdir(), 'open-models-debate-bench');
const ourDir = join(benchDir, 'site');
/** Queries a reader might type; each matches words in at least one essay, so both sites find something. */
const queries = ['misuse', 'license', 'funding', 'hybrid', 'regulation', 'biases'];
/** First visible result within this many ms of the last keystroke, on loopback. */
const searchBudgetMs = 200;

async function fileNames(dir: string, extension: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
}

async function measureSite(
  browser: Browser,
  label: string,
  dir: string,
  pages: string[],
  ui: SearchUi,
  fallbackDebounceMs?: number,
): Promise<Omit<SiteFigures, 'buildMs'>> {
  let served: ServedSite | undefined;
  try {
    served = await serveSite(dir);
    console.log(`  ${label}: serving ${dir} at ${served.url}`);
    const weights: PageWeight[] = [];
    for (const page of pages) weights.push(await weighPage(browser, served.url, dir, page));
    console.log(
      `  ${label}: weighed ${weights.length} pages; timing search UI (${queries.length} cold pages, 2 warm queries each)`,
    );
    const { runs, debounceMs } = await measureSearchUi(browser, served.url, dir, ui, queries);
    console.log(`  ${label}: timing the Pagefind engine alone`);
    const engine = await measureEngine(browser, served.url, queries);
    return { weights, ui: runs, engine, debounceMs: debounceMs ?? fallbackDebounceMs };
  } finally {
    await served?.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  console.log(heading(`${siteName} benchmark`));
  // Fail before the slow part when Chromium is missing (the error says how to install it).
  await (await launchBrowser()).close();
  const essayFiles = (await fileNames(join(repo, 'content', 'essays'), '.mdx')).map((name) =>
    join(repo, 'content', 'essays', name),
  );
  const essayIds = essayFiles.map((file) => basename(file, '.mdx'));
  const topicIds = (await fileNames(join(repo, 'content', 'topics'), '.mdx')).map((name) => name.replace(/\.mdx$/, ''));
  const ourEssays = essayIds.map((id) => `/essays/${id}/`);
  const ourPages = ['/', ...topicIds.map((id) => `/topics/${id}/`), ...ourEssays, '/404.html'];

  console.log(`\nPreparing the reference site (Astro Starlight ${starlightVersion})…`);
  const reference = await prepareReferenceSite(repo, essayFiles);
  console.log(`  reference site: ${reference.dir}\n  install: ${reference.install}`);
  const referenceEssays = reference.essayIds.map((id) => `/${id}/`);
  const referencePages = ['/', ...referenceEssays, '/404.html'];

  console.log('\nBuilding (each run from an empty output folder and Astro cache)…');
  const [ourBuild, referenceBuild] = (
    await timeBuilds([
      {
        label: 'ours',
        command: {
          args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', ourDir],
          cwd: repo,
          env: { ASTRO_CACHE_DIR: join(benchDir, 'astro-cache') },
        },
        clean: [ourDir, join(benchDir, 'astro-cache')],
      },
      {
        label: 'reference',
        command: { args: ['node_modules/astro/bin/astro.mjs', 'build'], cwd: reference.dir },
        clean: [join(reference.dir, 'dist'), join(reference.dir, 'node_modules', '.astro')],
      },
    ])
  ).map((runs) => runs.map((run) => run.ms)) as [number[], number[]];

  console.log('\nMeasuring in Chromium…');
  const browser = await launchBrowser();
  let ours: SiteFigures;
  let ref: SiteFigures;
  let chromiumVersion: string;
  let slow: [SlowSite, SlowSite];
  let slowQuestions: SlowSite;
  try {
    chromiumVersion = browser.version();
    ours = { buildMs: ourBuild, ...(await measureSite(browser, 'ours', ourDir, ourPages, ourUi, searchDebounceMs)) };
    ref = {
      buildMs: referenceBuild,
      ...(await measureSite(
        browser,
        'reference',
        join(reference.dir, 'dist'),
        referencePages,
        referenceUi,
        referenceDebounceMs(),
      )),
    };
    console.log('  first search on Slow 4G, both sites');
    slow = [
      // Ours searches as the reader types; only a result linking the whole query counts.
      await measureSlowSearch(browser, 'ours', ourDir, ourUi, queries, (query) => `${ourUi.result} a[href*="=${query}"]`),
      await measureSlowSearch(browser, 'reference', join(reference.dir, 'dist'), referenceUi, queries),
    ];
    console.log("  first search on Slow 4G for questions in a reader's words, ours");
    const wordOf = new Map(benchQuestions.map(({ question, word }) => [question, word]));
    slowQuestions = await measureSlowSearch(
      browser,
      'ours, question',
      ourDir,
      ourUi,
      benchQuestions.map(({ question }) => question),
      (question) => `${ourUi.result} a[href*="=${wordOf.get(question)}"]`,
    );
  } finally {
    await browser.close();
  }

  const cpu = cpus();
  console.log(heading('Machine'));
  console.log(
    table(
      ['what', 'value'],
      [
        ['cores', `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`],
        ['Node', process.version],
        ['Chromium', chromiumVersion],
        ['platform', `${process.platform} ${process.arch}`],
        [
          'load average (1 min)',
          `${loadAtStart.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end` +
            (loadAtStart >= cpu.length / 2 ? ' (other work was running at the start: timings may be noisy)' : ''),
        ],
        ['reference', `@astrojs/starlight ${starlightVersion} in ${reference.dir}`],
      ],
      2,
    ),
  );

  console.log(heading('Build time (astro build + search index), ms'));
  console.log(
    table(
      ['site', 'run 1', 'run 2', 'run 3', 'median'],
      [
        ['ours (astro build, search index inside)', ...ours.buildMs.map(ms), ms(median(ours.buildMs))],
        ['reference (astro build, Pagefind inside)', ...ref.buildMs.map(ms), ms(median(ref.buildMs))],
      ],
    ),
  );

  console.log(heading('Page weight before interaction: ours (built file bytes)'));
  console.log(weightTable(ours.weights));
  console.log(heading('Page weight before interaction: reference'));
  console.log(weightTable(ref.weights));

  console.log(
    [
      '',
      "How search is measured, on each site's home page:",
      `- cold: a fresh browser context per query loads the page, opens search (ours "${ourUi.openKey}", reference`,
      `  ${referenceUi.openKey}) and types the query at ${typingDelayMs} ms a key; warm: the same dialog, box cleared, next two queries;`,
      `- first result: the first result element with its data (ours ${ourUi.result},`,
      `  reference ${referenceUi.result}) connected after the last keydown, timed in the page;`,
      '- bytes: the built files behind every request from the open key (cold) or first key (warm) to that result;',
      '- engine: pagefind.js imported on a same-origin page without site scripts; search() plus the first data().',
    ].join('\n'),
  );
  for (const [label, figures] of [
    ['ours', ours],
    ['reference', ref],
  ] as const) {
    console.log(heading(`Search: ${label} (median over runs; typing ${queries.join(', ')})`));
    console.log(searchTable(figures, searchBudgetMs));
    console.log(`\n${perQueryTable(figures, queries)}`);
    for (const run of figures.ui.filter((run) => run.error)) console.log(`  ${run.kind} "${run.query}": ${run.error}`);
  }

  console.log(heading('First search on Slow 4G (150 ms round trip, 1.6 Mbit/s, brotli), ours vs reference'));
  console.log(slowSearchReport(...slow));
  console.log(heading("First search on Slow 4G: a question in a reader's words (search by meaning) beside a keyword search"));
  console.log(questionReport(slow[0], slowQuestions, slow[1]));

  console.log(heading('Ours vs reference'));
  console.log(comparisonTable(ours, ref, { essays: ourEssays }, { essays: referenceEssays }));

  console.log(
    '\nLighthouse: not run. It is not a dependency of this project, and its lab figures on loopback would repeat ' +
      'what the page weights and in-page search timings above already measure.',
  );
  console.log(`\nbench: done in ${Math.round((Date.now() - started) / 1000)} s`);
}

const { values } = parseArgs({
  options: {
    essays: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'once-from': { type: 'string', default: '1000' },
    shape: { type: 'string', default: 'rewritten' },
    warm: { type: 'boolean', default: false },
  },
});
const growthSizes = values.essays?.split(',').map(Number);
if (growthSizes?.some((size) => !Number.isInteger(size) || size < 3)) {
  console.error(`bench: --essays expects sizes of 3 or more separated by commas, like 3,30,300; found "${values.essays}"`);
  process.exit(2);
}
if (!corpusShapes.includes(values.shape as CorpusShape)) {
  console.error(`bench: --shape expects one of ${corpusShapes.join(', ')}; found "${values.shape}"`);
  process.exit(2);
}

const run = values.warm
  ? () => runWarm(repo, benchDir, Number(values.runs))
  : growthSizes
    ? () => runGrowth(repo, benchDir, growthSizes, Number(values.runs), Number(values['once-from']), values.shape as CorpusShape)
    : main;
run().catch((error: unknown) => {
  console.error(`\nbench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
