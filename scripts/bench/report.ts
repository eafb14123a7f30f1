// The benchmark's printed tables: search figures per site and the comparison against the reference.
import type { PageWeight } from '../lib/pageWeight.ts';
import { table } from '../lib/textTable.ts';
import { bytes, ms, ratio } from './format.ts';
import { median } from '../lib/median.ts';
import type { EngineRun, UiRun } from './search.ts';

/** Everything measured for one site. */
export interface SiteFigures {
  buildMs: number[];
  weights: PageWeight[];
  ui: UiRun[];
  engine: EngineRun[];
  /** How long the search box waits after a keystroke before searching, when known. */
  debounceMs?: number;
}

type Kind = 'cold' | 'warm';
const pick = <T extends { kind: Kind }>(runs: readonly T[], kind: Kind) => runs.filter((run) => run.kind === kind);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const uiMedian = (figures: SiteFigures, kind: Kind) => median(pick(figures.ui, kind).map((run) => run.ms));
const engineMedian = (figures: SiteFigures, kind: Kind) => median(pick(figures.engine, kind).map((run) => run.ms));
const firstQueryBrotli = (figures: SiteFigures) => median(pick(figures.ui, 'cold').map((run) => run.fetched.brotliBytes));

/** Search figures of one site: medians with min and max, and the first-result budget verdict. */
export function searchTable(figures: SiteFigures, budgetMs: number): string {
  const cold = pick(figures.ui, 'cold');
  const warm = pick(figures.ui, 'warm');
  const row = (label: string, all: number[], format: (value: number) => string, budget = '') => {
    const values = all.filter(Number.isFinite);
    return [
      label,
      String(values.length),
      format(median(values)),
      format(Math.min(...values)),
      format(Math.max(...values)),
      budget,
    ];
  };
  const verdict = (values: number[]) => `${median(values) <= budgetMs ? 'PASS' : 'FAIL'} (≤ ${budgetMs} ms)`;
  const debounce = figures.debounceMs;
  const afterDebounce = (runs: UiRun[], kind: string) =>
    debounce === undefined
      ? []
      : [
          row(
            `  of which after the ${debounce} ms input debounce, ${kind}`,
            runs.map((run) => run.ms - debounce),
            ms,
          ),
        ];
  return table(
    ['figure', 'runs', 'median', 'min', 'max', 'budget'],
    [
      row(
        'first query: requests after intent',
        cold.map((run) => run.fetched.requests),
        String,
      ),
      row(
        'first query: bytes fetched, raw',
        cold.map((run) => run.fetched.rawBytes),
        bytes,
      ),
      row(
        'first query: bytes fetched, brotli',
        cold.map((run) => run.fetched.brotliBytes),
        bytes,
      ),
      row(
        'open key → input visible, cold page (≈)',
        cold.map((run) => run.inputReadyMs ?? Number.NaN),
        ms,
      ),
      row(
        'last keystroke → first result, cold page',
        cold.map((run) => run.ms),
        ms,
        verdict(cold.map((run) => run.ms)),
      ),
      ...afterDebounce(cold, 'cold page'),
      row(
        'last keystroke → first result, warm',
        warm.map((run) => run.ms),
        ms,
        verdict(warm.map((run) => run.ms)),
      ),
      ...afterDebounce(warm, 'warm'),
      row(
        'warm query: bytes fetched, brotli',
        warm.map((run) => run.fetched.brotliBytes),
        bytes,
      ),
      row(
        'engine: search + data(), cold (incl. init)',
        pick(figures.engine, 'cold').map((run) => run.ms),
        ms,
      ),
      row(
        'engine: search + data(), warm',
        pick(figures.engine, 'warm').map((run) => run.ms),
        ms,
      ),
    ],
  );
}

/** Median timings per query, with the engine's result count. */
export function perQueryTable(figures: SiteFigures, queries: readonly string[]): string {
  return table(
    ['query', 'UI cold', 'UI warm', 'engine cold', 'engine warm', 'results'],
    queries.map((query) => {
      const of = (runs: readonly (UiRun | EngineRun)[], kind: Kind) =>
        ms(median(runs.filter((run) => run.query === query && run.kind === kind).map((run) => run.ms)));
      const results = figures.engine.find((run) => run.query === query)?.results;
      return [
        query,
        of(figures.ui, 'cold'),
        of(figures.ui, 'warm'),
        of(figures.engine, 'cold'),
        of(figures.engine, 'warm'),
        String(results ?? '–'),
      ];
    }),
  );
}

/** Like pages of the two sites, by URL path. */
export interface LikePages {
  essays: string[];
}

/** Each figure for ours and the reference, their ratio, and whether the target is met. */
export function comparisonTable(
  ours: SiteFigures,
  reference: SiteFigures,
  ourPages: LikePages,
  referencePages: LikePages,
): string {
  const weight = (figures: SiteFigures, paths: string[], key: 'brotliBytes' | 'jsBrotliBytes' | 'requests') =>
    mean(
      paths.map((path) => {
        const found = figures.weights.find((w) => w.path === path);
        if (!found) throw new Error(`no page weight for ${path}`);
        return found[key];
      }),
    );
  const like = (pages: LikePages) => ['/', ...pages.essays, '/404.html'];
  const third = { limit: 1 / 3, text: 'ratio ≤ 1/3' };
  const rows: string[][] = [];
  const add = (
    figure: string,
    a: number,
    b: number,
    format: (value: number) => string,
    target?: { limit: number; text: string },
  ) =>
    rows.push([
      figure,
      format(a),
      format(b),
      ratio(a, b),
      target?.text ?? '(info)',
      target ? (a / b <= target.limit ? 'met' : 'NOT met') : '',
    ]);
  const pages = (key: 'brotliBytes' | 'jsBrotliBytes' | 'requests', select: (pages: LikePages) => string[]) =>
    [weight(ours, select(ourPages), key), weight(reference, select(referencePages), key)] as const;

  add('build time, median of 3', median(ours.buildMs), median(reference.buildMs), ms, { limit: 1, text: 'ratio ≤ 1' });
  add('home page, brotli', ...pages('brotliBytes', () => ['/']), bytes, third);
  add('essay pages, mean brotli', ...pages('brotliBytes', (p) => p.essays), bytes, third);
  add('404 page, brotli', ...pages('brotliBytes', () => ['/404.html']), bytes);
  add('like pages (home, essays, 404), mean brotli', ...pages('brotliBytes', like), bytes, third);
  add('like pages, mean JS brotli', ...pages('jsBrotliBytes', like), bytes);
  add('like pages, mean requests', ...pages('requests', like), (value) => value.toFixed(1));
  add('search: first query bytes after intent, brotli', firstQueryBrotli(ours), firstQueryBrotli(reference), bytes);
  add(
    'search: home page + first query, brotli',
    weight(ours, ['/'], 'brotliBytes') + firstQueryBrotli(ours),
    weight(reference, ['/'], 'brotliBytes') + firstQueryBrotli(reference),
    bytes,
  );
  add('search: keystroke → first result, cold page', uiMedian(ours, 'cold'), uiMedian(reference, 'cold'), ms, third);
  add('search: keystroke → first result, warm', uiMedian(ours, 'warm'), uiMedian(reference, 'warm'), ms, third);
  add('search: input debounce', ours.debounceMs ?? Number.NaN, reference.debounceMs ?? Number.NaN, ms);
  add('engine: search + data(), cold', engineMedian(ours, 'cold'), engineMedian(reference, 'cold'), ms);
  add('engine: search + data(), warm', engineMedian(ours, 'warm'), engineMedian(reference, 'warm'), ms);
  return table(['figure', 'ours', 'reference', 'ours/ref', 'target', 'verdict'], rows);
}
