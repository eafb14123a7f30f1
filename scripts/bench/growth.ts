// `npm run bench -- --essays 3,30,300,1000`: how build time, memory, page weight and search grow with
// the number of essays, for this site and for stock Starlight built from the same generated essays.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { weighPage, type PageWeight } from '../lib/pageWeight.ts';
import { serveSite } from '../lib/serveSite.ts';
import { writeCorpus } from '../corpus/writeCorpus.ts';
import type { CorpusShape } from '../corpus/generateCorpus.ts';
import { timeBuilds, type BuildRun } from './build.ts';
import { prepareReferenceSite } from './reference.ts';
import { measureSearchUi, type SearchUi } from './search.ts';
import { siteSize } from './siteSize.ts';
import { ourUi, referenceUi } from './ui.ts';
import { growthTables, type GrowthFigures, type GrowthRow } from './growthReport.ts';

/** Three fixed queries, each in the real essays, so every corpus size answers them. */
export const growthQueries = ['misuse', 'license', 'funding'];

async function measure(
  browser: Browser,
  dir: string,
  site: 'ours' | 'reference',
  ui: SearchUi,
  builds: BuildRun[],
): Promise<GrowthFigures> {
  const size = await siteSize(dir, site);
  const served = await serveSite(dir);
  try {
    const weights: Record<string, PageWeight> = {};
    for (const type of ['essay', 'topic', 'argument']) {
      const page = size.heaviest.find((heaviest) => heaviest.type === type);
      if (page) weights[type] = await weighPage(browser, served.url, dir, page.path);
    }
    const { runs } = await measureSearchUi(browser, served.url, dir, ui, growthQueries, 0);
    return { builds, size, weights, search: runs };
  } finally {
    await served.close();
  }
}

/** Builds and measures both sites at each size of a corpus of `shape`; `runs` builds per size, once from `onceFrom` essays up. */
export async function runGrowth(
  repo: string,
  benchDir: string,
  sizes: number[],
  runs: number,
  onceFrom: number,
  shape: CorpusShape,
): Promise<void> {
  const browser = await launchBrowser();
  const rows: GrowthRow[] = [];
  try {
    for (const essays of sizes) {
      const buildRuns = essays >= onceFrom ? 1 : runs;
      console.log(`\n${essays} essays, ${shape} (${buildRuns} build${buildRuns === 1 ? '' : 's'} per site)`);
      const corpus = join(benchDir, `corpus-${essays}`);
      await writeCorpus(join(repo, 'content'), corpus, { essays, seed: 1, shape });
      const essayDir = join(corpus, 'essays');
      const essayFiles = (await readdir(essayDir)).filter((name) => name.endsWith('.mdx')).map((name) => join(essayDir, name));
      const reference = await prepareReferenceSite(repo, essayFiles);
      console.log(`  reference install: ${reference.install}`);

      const ourDir = join(benchDir, `site-${essays}`);
      const cache = join(benchDir, `astro-cache-${essays}`);
      const [ourBuilds, referenceBuilds] = (await timeBuilds(
        [
          {
            label: 'ours',
            command: {
              args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', ourDir],
              cwd: repo,
              env: { CONTENT_DIR: corpus, ASTRO_CACHE_DIR: cache },
            },
            clean: [ourDir, cache],
          },
          {
            label: 'reference',
            command: { args: ['node_modules/astro/bin/astro.mjs', 'build'], cwd: reference.dir },
            clean: [join(reference.dir, 'dist'), join(reference.dir, 'node_modules', '.astro')],
          },
        ],
        buildRuns,
      )) as [BuildRun[], BuildRun[]];
      console.log('  measuring pages and search in Chromium…');
      rows.push({
        essays,
        ours: await measure(browser, ourDir, 'ours', ourUi, ourBuilds),
        reference: await measure(browser, join(reference.dir, 'dist'), 'reference', referenceUi, referenceBuilds),
      });
    }
  } finally {
    await browser.close();
  }
  console.log(`\nCorpus shape: ${shape}`);
  console.log(growthTables(rows, growthQueries));
}
