import { seededRandom } from '../../scripts/corpus/random.ts';
import { pageType } from '../../scripts/lib/pageType.ts';

/** The seed of this run's random sample: SAMPLE_SEED when set (to repeat a run), else the clock. */
export const sampleSeed = Number(process.env.SAMPLE_SEED ?? Date.now() % 1_000_000);

/**
 * A sample of a site's pages that covers every kind of page (every template): of each kind the
 * first page, the largest, and one picked at random from `seed`. Browser tests that cannot visit
 * hundreds of pages in time visit these; file-based checks still read every page.
 */
export function samplePages(sizes: ReadonlyMap<string, number>, seed = sampleSeed): string[] {
  const random = seededRandom(seed);
  const byKind = Map.groupBy([...sizes.keys()].sort(), (path) => pageType(path));
  const sample = new Set<string>();
  for (const paths of byKind.values()) {
    const largest = paths.reduce((a, b) => (sizes.get(b)! > sizes.get(a)! ? b : a));
    sample
      .add(paths[0]!)
      .add(largest)
      .add(paths[Math.floor(random() * paths.length)]!);
  }
  return [...sample].sort();
}

/**
 * For checks that read pages but cannot afford every page of a large corpus: every page of a kind
 * with at most `whole` pages (indexes, topics, the home page), and of the kinds the corpus multiplies
 * (essays, their sources, arguments' paginated lists) every `stride`-th page plus the first, the
 * largest and a random one.
 */
export function strideSample(sizes: ReadonlyMap<string, number>, { whole = 40, stride = 10, seed = sampleSeed } = {}): string[] {
  const byKind = Map.groupBy([...sizes.keys()].sort(), (path) => pageType(path));
  const sample = new Set(samplePages(sizes, seed));
  for (const paths of byKind.values()) {
    paths.forEach((path, index) => {
      if (paths.length <= whole || index % stride === 0) sample.add(path);
    });
  }
  return [...sample].sort();
}
