import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { paths } from './paths.ts';

// Browser checks that load pages one by one cannot visit every page once the site holds hundreds.
// They visit every template instead, on a sample of its pages: the first, the largest and one
// chosen at random. The seed is printed, and SAMPLE_SEED=<seed> replays a run's choice.

/** Page templates whose pages repeat with the content; any other page is a template of its own. */
const templates: [name: string, pattern: RegExp][] = [
  ['essays index', /^\/essays\/(?:(?:kind|topic)\/[^/]+\/)?(?:\d+\/)?$/],
  ['essay source', /^\/essays\/[^/]+\/source\/$/],
  ['essay', /^\/essays\/[^/]+\/$/],
  ['argument', /^\/arguments\/[^/]+\/(?:\d+\/)?$/],
  ['topic', /^\/topics\/[^/]+\/$/],
];

/** The template a page path belongs to. */
export function templateOf(path: string): string {
  return templates.find(([, pattern]) => pattern.test(path))?.[0] ?? path;
}

/** A small seeded generator (mulberry32), so a printed seed replays the same sample. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of this run's sample: SAMPLE_SEED when set, otherwise the time. */
export const sampleSeed = Number(process.env.SAMPLE_SEED ?? Date.now() % 2 ** 31);

/** For every template, its first page, its largest page and one at random, in path order. */
export async function samplePages(pagePaths: readonly string[], siteDir: string = paths.site): Promise<string[]> {
  const random = seeded(sampleSeed);
  const groups = new Map<string, string[]>();
  for (const path of pagePaths) groups.set(templateOf(path), [...(groups.get(templateOf(path)) ?? []), path]);
  const sample = new Set<string>();
  for (const group of groups.values()) {
    const sizes = await Promise.all(
      group.map(async (path) => (await stat(join(siteDir, path.endsWith('/') ? `${path}index.html` : path))).size),
    );
    sample.add(group[0]!);
    sample.add(group[sizes.indexOf(Math.max(...sizes))]!);
    sample.add(group[Math.floor(random() * group.length)]!);
  }
  return [...sample].sort();
}
