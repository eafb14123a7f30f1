// The growth benchmark's printed tables: one row per corpus size, ours against stock Starlight.
import { table } from '../lib/textTable.ts';
import { bytes, heading, ms, ratio } from './format.ts';
import { median } from '../lib/median.ts';
import type { BuildRun } from './build.ts';
import type { UiRun } from './search.ts';
import type { SiteSize } from './siteSize.ts';
import type { PageWeight } from '../lib/pageWeight.ts';

/** Everything measured for one site at one corpus size. */
export interface GrowthFigures {
  builds: BuildRun[];
  size: SiteSize;
  /** Before-interaction weight of the heaviest page of each reading kind (essay, topic, argument). */
  weights: Record<string, PageWeight>;
  /** One cold first search per query. */
  search: UiRun[];
}

/** Both sites at one corpus size. */
export interface GrowthRow {
  essays: number;
  ours: GrowthFigures;
  reference: GrowthFigures;
}

const mib = (value: number) => (Number.isFinite(value) ? `${Math.round(value / 2 ** 20)} MiB` : '–');
const kb = (value: number) => (Number.isFinite(value) ? `${(value / 1024).toFixed(1)} kB` : '–');
const buildMs = (figures: GrowthFigures) => median(figures.builds.map((run) => run.ms));
const peak = (figures: GrowthFigures) => median(figures.builds.map((run) => run.peakRssBytes));
const firstSearch = (figures: GrowthFigures, key: 'brotliBytes' | 'ms') =>
  median(figures.search.map((run) => (key === 'ms' ? run.ms : run.fetched.brotliBytes)));
const heaviest = (figures: GrowthFigures, type: string) => figures.size.heaviest.find((page) => page.type === type);

/** All growth tables, as printed text. */
export function growthTables(rows: readonly GrowthRow[], queries: readonly string[]): string {
  const out: string[] = [];
  out.push(heading('Growth: build (median of the runs; peak = the build process’s own peak RSS)'));
  out.push(
    table(
      ['essays', 'pages', 'runs', 'ours', 'Starlight', 'ratio', 'ours peak', 'Starlight peak', 'ratio'],
      rows.map(({ essays, ours, reference }) => [
        String(essays),
        String(ours.size.pages),
        String(ours.builds.length),
        ms(buildMs(ours)),
        ms(buildMs(reference)),
        ratio(buildMs(ours), buildMs(reference)),
        mib(peak(ours)),
        mib(peak(reference)),
        ratio(peak(ours), peak(reference)),
      ]),
    ),
  );

  out.push(heading('Growth: heaviest page of each kind (raw HTML / brotli)'));
  const types = [...new Set(rows.flatMap((row) => row.ours.size.heaviest.map((page) => page.type)))].sort();
  out.push(
    table(
      ['essays', ...types, 'Starlight essay'],
      rows.map(({ essays, ours, reference }) => [
        String(essays),
        ...types.map((type) => {
          const page = heaviest(ours, type);
          return page ? `${kb(page.rawBytes)} / ${kb(page.brotliBytes)}` : '–';
        }),
        (() => {
          const page = heaviest(reference, 'essay');
          return page ? `${kb(page.rawBytes)} / ${kb(page.brotliBytes)}` : '–';
        })(),
      ]),
    ),
  );

  for (const { essays, ours } of rows) {
    const over = ours.size.overBudget;
    out.push(
      `${essays} essays: ${over.length ? `${over.length} page(s) over 150 kB raw, such as ${over.slice(0, 3).join(', ')}` : 'no page over 150 kB raw'}`,
    );
  }

  out.push(heading('Growth: before interaction, heaviest page of each kind (brotli, of it JS; requests)'));
  const weight = (figures: GrowthFigures, type: string) => {
    const w = figures.weights[type];
    return w ? `${kb(w.brotliBytes)}, JS ${kb(w.jsBrotliBytes)}; ${w.requests}` : '–';
  };
  out.push(
    table(
      ['essays', 'essay', 'topic', 'argument', 'Starlight essay'],
      rows.map(({ essays, ours, reference }) => [
        String(essays),
        weight(ours, 'essay'),
        weight(ours, 'topic'),
        weight(ours, 'argument'),
        weight(reference, 'essay'),
      ]),
    ),
  );

  const base = rows[0] ? firstSearch(rows[0].ours, 'brotliBytes') : Number.NaN;
  out.push(heading(`Growth: search index, and a first search (cold page; median of ${queries.join(', ')})`));
  out.push(
    table(
      [
        'essays',
        'index files',
        'index size',
        'first search, brotli',
        `vs ${rows[0]?.essays ?? '?'} essays`,
        'time',
        'Starlight index',
        'Starlight first search',
        'time',
      ],
      rows.map(({ essays, ours, reference }) => [
        String(essays),
        String(ours.size.searchIndexFiles),
        bytes(ours.size.searchIndexBytes),
        bytes(firstSearch(ours, 'brotliBytes')),
        ratio(firstSearch(ours, 'brotliBytes'), base),
        ms(firstSearch(ours, 'ms')),
        bytes(reference.size.searchIndexBytes),
        bytes(firstSearch(reference, 'brotliBytes')),
        ms(firstSearch(reference, 'ms')),
      ]),
    ),
  );
  const failed = rows.flatMap(({ essays, ours, reference }) =>
    [...ours.search.map((run) => ['ours', run] as const), ...reference.search.map((run) => ['Starlight', run] as const)]
      .filter(([, run]) => run.error)
      .map(([site, run]) => `  ${essays} essays, ${site}, "${run.query}": ${run.error}`),
  );
  if (failed.length) out.push('\nSearches without a result:', ...failed);
  return out.join('\n');
}
