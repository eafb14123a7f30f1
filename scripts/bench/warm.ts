// `npm run bench -- --warm`: a rebuild with nothing changed, as an author rebuilding after a first
// build, for this site (its Astro cache and card cache kept) and for stock Starlight (its cache
// kept), the cold builds beside them.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { table } from '../lib/textTable.ts';
import { median } from '../lib/median.ts';
import { timeBuilds, type BuildPlan } from './build.ts';
import { heading, ms, ratio } from './format.ts';
import { prepareReferenceSite } from './reference.ts';

/** Builds both sites cold `runs` times, taking turns, then `runs` times more each on the last cold build's caches. */
export async function runWarm(repo: string, benchDir: string, runs: number): Promise<void> {
  const essayDir = join(repo, 'content', 'essays');
  const essayFiles = (await readdir(essayDir)).filter((name) => name.endsWith('.mdx')).map((name) => join(essayDir, name));
  const reference = await prepareReferenceSite(repo, essayFiles);
  console.log(`  reference install: ${reference.install}`);
  const ourDir = join(benchDir, 'site-warm');
  const cache = join(benchDir, 'astro-cache-warm');
  const plans: BuildPlan[] = [
    {
      label: 'ours',
      command: {
        args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', ourDir],
        cwd: repo,
        env: { ASTRO_CACHE_DIR: cache },
      },
      clean: [ourDir, cache],
    },
    {
      label: 'reference',
      command: { args: ['node_modules/astro/bin/astro.mjs', 'build'], cwd: reference.dir },
      clean: [join(reference.dir, 'dist'), join(reference.dir, 'node_modules', '.astro')],
    },
  ];
  console.log('\nCold builds (empty output and caches)…');
  const cold = await timeBuilds(plans, runs);
  console.log('\nWarm builds (the caches of the last cold build kept, nothing changed)…');
  const warm = await timeBuilds(
    plans.map((plan) => ({ ...plan, clean: [] })),
    runs,
  );
  const row = (label: string, [ours, reference]: typeof cold) => {
    const [a, b] = [median(ours!.map((run) => run.ms)), median(reference!.map((run) => run.ms))];
    return [label, ms(a), ms(b), ratio(a, b)];
  };
  console.log(heading(`Warm rebuild, three essays (median of ${runs})`));
  console.log(table(['build', 'ours', 'Starlight', 'ratio'], [row('cold', cold), row('warm', warm)]));
}
