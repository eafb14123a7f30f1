import { rm } from 'node:fs/promises';
import { writeCorpus } from '../scripts/corpus/writeCorpus.ts';
import { buildSite } from '../scripts/lib/buildSite.ts';
import { growth, paths } from '../scripts/lib/paths.ts';

/**
 * Generates a corpus of `growth.essays` essays and builds it once per run, for the growth tests. The
 * main build (tests/globalSetup.ts, listed before this file) is the three-essay site they compare with.
 */
export default async function setup() {
  await writeCorpus('content', growth.corpus, { essays: growth.essays, seed: 1 });
  const cache = `${paths.tmp}/cache-growth`;
  await rm(cache, { recursive: true, force: true });
  const result = await buildSite(growth.site, { CONTENT_DIR: growth.corpus, ASTRO_CACHE_DIR: cache });
  if (result.code !== 0) throw new Error(`The ${growth.essays}-essay build failed:\n${result.output}`);
  // Reported, never asserted: timings belong to `npm run bench`.
  console.log(
    `growth: ${growth.essays} essays built in ${Math.round(result.ms / 1000)} s, peak ${Math.round(result.peakRssBytes / 2 ** 20)} MiB`,
  );
}
