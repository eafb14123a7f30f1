// A first search on a slow mobile network: Lighthouse's Slow 4G profile (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up), applied through the Chrome DevTools Protocol after the page
// has loaded, against a server that compresses as a real host does (brotli). Reports the time
// from the last keystroke to the first result, what the search fetched, and the floor that
// Pagefind itself sets: the round trips it cannot avoid after the last key plus its bytes at
// that bandwidth.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { ms, ratio } from './format.ts';
import { median } from '../lib/median.ts';
import { table } from '../lib/textTable.ts';
import { instrument, resultDelay, typingDelayMs, type SearchUi } from './search.ts';

/** Lighthouse's Slow 4G profile. */
export const slow4g = { roundTripMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3 };
/** The ratio to Starlight this site aims at. */
export const targetRatio = 0.5;
/**
 * The stages of a Pagefind search that each cost a round trip, in order: the index chunk that
 * holds the typed word, then the result's fragment. Whichever of them the page still fetched
 * after the last key is the floor Pagefind sets; what it fetched while the reader typed is not.
 */
const pagefindStages = [/\/pagefind\/index\//, /\/pagefind\/fragment\//];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** Serves a built site on loopback, brotli-compressed when the browser accepts it. */
async function serveCompressed(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    let file = join(dir, path);
    let status = 200;
    if (!(await stat(file).catch(() => null))?.isFile()) [file, status] = [join(dir, '404.html'), 404];
    const body = await readFile(file);
    const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    let sent: Buffer = body;
    if (/\bbr\b/.test(String(req.headers['accept-encoding'])) && !/\.(png|ico)$/.test(file)) {
      if (!cache.has(file)) cache.set(file, brotliCompressSync(body));
      sent = cache.get(file)!;
      headers['content-encoding'] = 'br';
    }
    res.writeHead(status, { ...headers, 'content-length': String(sent.length) });
    res.end(sent);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('slowSearch: the server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One throttled first search. */
export interface SlowRun {
  query: string;
  /** Last keydown to first result, in ms (NaN when no result came). */
  ms: number;
  /** Requests from the open key to the first result. */
  requests: number;
  /** Bytes on the wire (compressed bodies) from the open key to the first result. */
  bytes: number;
  /** Pagefind's floor after the last key: a round trip per stage it still fetched after the key, plus those bytes. */
  floorMs: number;
}

/** One site's throttled runs. */
export interface SlowSite {
  label: string;
  runs: SlowRun[];
}

/**
 * Times a first search per query, each in a fresh browser context, on Slow 4G. A UI that searches
 * while the reader types shows results for a part of the query first; `resultFor` names a result
 * of the whole query, so that only those count.
 */
export async function measureSlowSearch(
  browser: Browser,
  label: string,
  dir: string,
  ui: SearchUi,
  queries: readonly string[],
  resultFor: (query: string) => string = () => ui.result,
): Promise<SlowSite> {
  const served = await serveCompressed(dir);
  const runs: SlowRun[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(new URL(ui.page, served.url).href, { waitUntil: 'networkidle' });
        await instrument(page, resultFor(query));
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: slow4g.roundTripMs,
          downloadThroughput: slow4g.downloadBitsPerSecond / 8,
          uploadThroughput: slow4g.uploadBitsPerSecond / 8,
        });
        const started: { request: Request; at: number }[] = [];
        const onRequest = (request: Request) => started.push({ request, at: performance.now() });
        page.on('request', onRequest);
        await page.keyboard.press(ui.openKey);
        const input = page.locator(ui.input).first();
        await input.waitFor({ state: 'visible', timeout: 30_000 });
        await input.focus();
        await page.keyboard.type(query, { delay: typingDelayMs });
        const lastKey = performance.now();
        let delay = Number.NaN;
        try {
          delay = await resultDelay(page, query);
        } catch {
          // Reported as NaN: no result within the step timeout.
        }
        page.off('request', onRequest);
        const sized = await Promise.all(
          started.map(async ({ request, at }) => ({
            at,
            url: request.url(),
            size: (await request.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize,
          })),
        );
        const afterKey = sized.filter(({ at, url }) => at >= lastKey && url.includes('/pagefind/'));
        const afterKeyBytes = afterKey.reduce((sum, { size }) => sum + size, 0);
        const stages = pagefindStages.filter((stage) => afterKey.some(({ url }) => stage.test(url))).length;
        runs.push({
          query,
          ms: delay,
          requests: sized.length,
          bytes: sized.reduce((sum, { size }) => sum + size, 0),
          floorMs: stages * slow4g.roundTripMs + (afterKeyBytes * 8 * 1000) / slow4g.downloadBitsPerSecond,
        });
      } finally {
        await context.close();
      }
    }
  } finally {
    await served.close();
  }
  return { label, runs };
}

/** The throttled figures of both sites side by side, with the ratio, the target and Pagefind's floor. */
export function slowSearchReport(ours: SlowSite, reference: SlowSite): string {
  const summary = (site: SlowSite) => ({
    ms: median(site.runs.map((run) => run.ms)),
    requests: median(site.runs.map((run) => run.requests)),
    kB: median(site.runs.map((run) => run.bytes)) / 1024,
    floor: median(site.runs.map((run) => run.floorMs)),
  });
  const [o, r] = [summary(ours), summary(reference)];
  const rows = [ours, reference].flatMap((site) =>
    site.runs.map((run) => [
      site.label,
      run.query,
      ms(run.ms),
      String(run.requests),
      `${(run.bytes / 1024).toFixed(1)} kB`,
      ms(run.floorMs),
    ]),
  );
  const lines = [
    table(['site', 'query', 'last key to first result', 'requests', 'bytes on the wire', 'Pagefind floor after key'], rows, 2),
    '',
    `median: ours ${ms(o.ms)} (${o.requests} requests, ${o.kB.toFixed(1)} kB) vs reference ${ms(r.ms)} (${r.requests} requests, ${r.kB.toFixed(1)} kB)`,
    `ratio: ${ratio(o.ms, r.ms)} (target at most ${targetRatio.toFixed(2)}×)`,
  ];
  if (o.floor / r.ms > targetRatio) {
    lines.push(
      `Pagefind's own floor for ours is ${ms(o.floor)} (${ratio(o.floor, r.ms)} of the reference): a round trip for each ` +
        `stage (index chunk, fragment) still fetched after the last key plus those bytes at ${slow4g.downloadBitsPerSecond / 1e6} Mbit/s, ` +
        `above the ${targetRatio.toFixed(2)}× target.`,
    );
  } else {
    lines.push(`Pagefind's own floor for ours: ${ms(o.floor)} (${ratio(o.floor, r.ms)} of the reference).`);
  }
  return lines.join('\n');
}

/**
 * Questions in a reader's own words for the Slow 4G run, each with a word that every link of its
 * results carries (in the highlight parameter), so that only results for the whole question count.
 */
export const benchQuestions: readonly { question: string; word: string }[] = [
  { question: 'is it dangerous to release weights', word: 'weights' },
  { question: 'can someone steal the model', word: 'steal' },
  { question: 'who pays for open models', word: 'pays' },
];

/** What a question's first search costs beside a keyword search's, on Slow 4G, with issue 20's budgets. */
export function questionReport(keyword: SlowSite, question: SlowSite, reference: SlowSite): string {
  const summary = (site: SlowSite) => ({
    ms: median(site.runs.map((run) => run.ms)),
    requests: median(site.runs.map((run) => run.requests)),
    kB: median(site.runs.map((run) => run.bytes)) / 1024,
  });
  const [k, q, r] = [summary(keyword), summary(question), summary(reference)];
  const row = (label: string, s: { ms: number; requests: number; kB: number }) => [
    label,
    ms(s.ms),
    String(s.requests),
    `${s.kB.toFixed(1)} kB`,
  ];
  return [
    table(
      ['first search', 'last key to first result', 'requests', 'bytes on the wire'],
      [
        row(`ours, keyword (${keyword.runs.length} words)`, k),
        row(`ours, question (${question.runs.length} questions)`, q),
        row('reference (Starlight)', r),
      ],
      2,
    ),
    '',
    `a question costs ${(q.kB - k.kB).toFixed(1)} kB (budget 20 kB) and ${q.requests - k.requests} requests more than a keyword search, ` +
      `${ms(q.ms - k.ms)} more time (${((q.ms - k.ms) / slow4g.roundTripMs).toFixed(1)} round trips of ${slow4g.roundTripMs} ms; budget 1)`,
    `question vs reference: ${ratio(q.ms, r.ms)} (target at most ${targetRatio.toFixed(2)}×)`,
  ].join('\n');
}
