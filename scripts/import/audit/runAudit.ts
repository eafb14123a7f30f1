import { spawn } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parse } from 'yaml';
import { importEssay } from '../importEssay.ts';
import { renderEssay } from '../../../src/lib/essay/renderEssay.ts';
import { splitFrontmatter } from '../../../src/lib/essay/splitFrontmatter.ts';
import { removedLine, type RemovedEntry } from '../../../src/lib/source/removalReasons.ts';
import { sentenceRecall } from './sentenceRecall.ts';

/** One page the audit imported or saw refused. */
export interface AuditRow {
  /** The page's name: its file name, or its folder's for a source.html. */
  name: string;
  input: string;
  /** From expected-metadata.json beside the page, when there is one. */
  readerable?: boolean;
  slug: string;
  /** Why the importer refused the page; absent when it wrote a draft. */
  refused?: string;
  /** Whether the draft's page came out of the one build of every draft. */
  builds?: boolean;
  /** The build error that names this draft, when it did not build. */
  buildError?: string;
  /** Sentence recall against expected.html beside the page (NaN without one). */
  recall: number;
  missing: string[];
  /** Script URLs (javascript:, vbscript:, data:) and remote images left in the built page or the draft. */
  unsafe: string[];
  /** For a saved page: whether its built source view shows the lines extraction read, with the removed ones marked. */
  sourceView?: string;
  /** The draft's `lang`, when the page declared a language other than English. */
  lang?: string;
  warnings: number;
  ms: number;
  /** The draft as written, read back before the build (a draft that fails it is taken out). */
  draft?: string;
}

/** The pages of a folder: its *.html and *.txt files, or else every source.html in its subfolders. */
export async function auditInputs(folder: string): Promise<{ name: string; input: string }[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(?:html?|txt)$/i.test(entry.name) && !/(?:^|\.)expected\.html?$/i.test(entry.name))
    .map((entry) => ({ name: entry.name, input: join(folder, entry.name) }));
  if (files.length) return files.sort((a, b) => a.name.localeCompare(b.name));
  const pages: { name: string; input: string }[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const input = join(folder, entry.name, 'source.html');
    if (
      await stat(input).then(
        () => true,
        () => false,
      )
    )
      pages.push({ name: entry.name, input });
  }
  return pages;
}

// The extension stays in the slug: page.html and page.txt in one folder are two pages.
const slugOf = (name: string) =>
  `audit-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')}`;

/** Reads a JSON file beside the page, or undefined. */
async function besideJson(input: string, name: string): Promise<Record<string, unknown> | undefined> {
  const file = basename(input) === 'source.html' ? join(input, '..', name) : undefined;
  if (!file) return undefined;
  return readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as Record<string, unknown>,
    () => undefined,
  );
}

/** The expected article beside a page: expected.html in its folder, or <name>.expected.html beside a file. */
async function expectedHtml(input: string): Promise<string | undefined> {
  const file =
    basename(input) === 'source.html' ? join(input, '..', 'expected.html') : input.replace(/\.[^.]+$/, '.expected.html');
  return readFile(file, 'utf8').catch(() => undefined);
}

/** Runs `astro build` over a content folder with drafts included; resolves with its exit code and output. */
function buildDrafts(contentDir: string, outDir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        INCLUDE_DRAFTS: '1',
        CONTENT_DIR: contentDir,
        ASTRO_CACHE_DIR: join(outDir, '..', 'astro-cache'),
        SITE_URL: '',
        BASE_PATH: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const scriptUrl = /^\s*(?:javascript|vbscript|data|file):/i;

/** What a reading page must not hold: links to script URLs, and images from other origins. */
export function unsafeIn(html: string): string[] {
  const tree = fromHtml(html);
  const article = select('article', tree) ?? tree;
  const found: string[] = [];
  for (const node of selectAll('[href], [src]', article)) {
    const url = String(node.properties.href ?? node.properties.src ?? '');
    if (scriptUrl.test(url)) found.push(`${node.tagName} ${url.slice(0, 40)}`);
    if (node.tagName === 'img' && /^(?:https?:)?\/\//i.test(url)) found.push(`remote img ${url.slice(0, 40)}`);
  }
  return found;
}

/**
 * Whether a saved page's built source view shows, line for line, the lines its import read, and
 * marks every line the draft's `removed:` lists: "ok", or what differs.
 */
async function checkSourceView(pageFile: string, linesFile: string, draft: string): Promise<string> {
  const html = await readFile(pageFile, 'utf8').catch(() => undefined);
  const lines = await readFile(linesFile, 'utf8').catch(() => undefined);
  if (html === undefined || lines === undefined) return html === undefined ? 'no source page' : 'no lines file';
  const items = selectAll('.source-lines > li', fromHtml(html));
  const expected = lines.replace(/\n$/, '').split('\n').length;
  if (items.length !== expected) return `${items.length} of ${expected} lines shown`;
  const marked = new Set(
    items.filter((item) => item.properties.dataRemoved !== undefined).map((item) => toText(select('del', item) ?? item).trim()),
  );
  const removed = ((parse(splitFrontmatter(draft).frontmatter) as { removed?: RemovedEntry[] }).removed ?? []).map(removedLine);
  const unmarked = removed.filter((line) => !marked.has(line.replace(/\s+/g, ' ').trim()));
  return unmarked.length ? `${unmarked.length} removed line(s) not marked` : 'ok';
}

/** The text of the article element of a built page. */
function articleText(html: string): string {
  const tree = fromHtml(html);
  return toText(select('article', tree) ?? tree);
}

/**
 * Imports every page of a folder into a temporary copy of `contentDir`, builds every draft at once
 * with INCLUDE_DRAFTS=1, and measures each page: refused or imported, built, sentence recall
 * against expected.html, script URLs or remote images left, and import time. Never writes to
 * `contentDir`; a draft the build names in an error is taken out and the rest built again.
 */
export async function runAudit(
  folder: string,
  { contentDir = 'content', log = (line: string) => console.error(line) } = {},
): Promise<{ rows: AuditRow[]; buildMs: number; builds: number }> {
  const work = await mkdtemp(join(tmpdir(), 'import-audit-'));
  // The build goes under the project (git ignores .tmp/): Astro puts its prerender bundle beside an
  // output folder inside the project, but in one shared .astro/ folder for an output folder outside it.
  await mkdir('.tmp', { recursive: true });
  const build = await mkdtemp(join('.tmp', 'import-audit-'));
  try {
    const content = join(work, 'content');
    await cp(contentDir, content, { recursive: true });
    const inputs = join(work, 'inputs');
    await mkdir(inputs);
    const rows: AuditRow[] = [];
    for (const { name, input } of await auditInputs(folder)) {
      const slug = slugOf(name);
      const metadata = await besideJson(input, 'expected-metadata.json');
      // Each page's source keeps a name of its own: many pages arrive as "source.html".
      const copy = join(inputs, `${slug}${extname(input).toLowerCase()}`);
      await copyFile(input, copy);
      const row: AuditRow = { name, input, slug, recall: Number.NaN, missing: [], unsafe: [], warnings: 0, ms: 0 };
      if (typeof metadata?.readerable === 'boolean') row.readerable = metadata.readerable;
      const start = performance.now();
      try {
        const result = await importEssay({ input: copy, slug, contentDir: content });
        row.warnings = result.conversion.flags.length;
        if (result.frontmatter.lang) row.lang = result.frontmatter.lang;
        row.draft = await readFile(result.essayFile, 'utf8');
      } catch (error) {
        row.refused = (error as Error).message.replace(`${copy}: `, '').split('\n')[0];
      }
      row.ms = performance.now() - start;
      rows.push(row);
      log(`${name}: ${row.refused ? `refused (${row.refused})` : 'imported'} in ${Math.round(row.ms)} ms`);
    }
    const out = join(build, 'dist');
    let pending = rows.filter((row) => !row.refused);
    let builds = 0;
    const buildStart = performance.now();
    while (pending.length) {
      builds += 1;
      log(`building ${pending.length} draft(s) with INCLUDE_DRAFTS=1…`);
      const { code, output } = await buildDrafts(content, out);
      if (code === 0) break;
      // The page list names every draft as it is written; the error is what follows it.
      const error = output
        .split('\n')
        .filter((line) => !/[├└]─/.test(line))
        .join('\n');
      // The build stops at the first page that fails; the site's own renderer finds every draft it
      // would stop at, so one more build settles the rest.
      const named: AuditRow[] = [];
      for (const row of pending) {
        const file = join(content, 'essays', `${row.slug}.mdx`);
        try {
          renderEssay(splitFrontmatter(await readFile(file, 'utf8')).body, `${row.slug}.mdx`);
        } catch (failure) {
          row.buildError = (failure as Error).message.split('\n')[0]!;
          named.push(row);
        }
      }
      for (const row of pending) {
        if (!named.includes(row) && new RegExp(`\\b${row.slug}(?:\\.mdx|/|"|\\b)`).test(error)) {
          const at = error.indexOf(row.slug);
          row.buildError = error.slice(Math.max(0, at - 100), at + 300).replace(/\s+/g, ' ');
          named.push(row);
        }
      }
      if (!named.length || builds >= 10) {
        log(`the build failed:\n${error.slice(-1500)}`);
        for (const row of pending) row.buildError ??= `the build failed without naming a draft: ${error.slice(-300)}`;
        pending = [];
        break;
      }
      for (const row of named) await rm(join(content, 'essays', `${row.slug}.mdx`));
      pending = pending.filter((row) => !named.includes(row));
    }
    const buildMs = performance.now() - buildStart;
    for (const row of rows.filter((r) => !r.refused)) {
      const page = await readFile(join(out, 'essays', row.slug, 'index.html'), 'utf8').catch(() => undefined);
      if (page && row.draft && /\.html?$/i.test(row.input)) {
        row.sourceView = await checkSourceView(
          join(out, 'essays', row.slug, 'source', 'index.html'),
          join(content, 'sources', `${row.slug}.html.lines.txt`),
          row.draft,
        );
      }
      row.builds = page !== undefined && !row.buildError;
      const draft = row.draft ?? '';
      row.unsafe = [
        ...(page ? unsafeIn(page) : []),
        ...[...draft.matchAll(/\]\(\s*(?:javascript|vbscript|data):[^)]*\)/gi)].map((m) => `draft ${m[0]}`),
      ];
      const expected = await expectedHtml(row.input);
      if (expected) {
        const { recall, missing } = sentenceRecall(expected, page ? articleText(page) : draft);
        row.recall = recall;
        row.missing = missing;
      }
    }
    return { rows, buildMs, builds };
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(build, { recursive: true, force: true });
  }
}
