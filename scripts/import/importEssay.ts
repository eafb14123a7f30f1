import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import iconv from 'iconv-lite';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/essay/splitFrontmatter.ts';
import type { Flag, RemovedLine } from './blocks.ts';
import { checkDraft } from './checkDraft.ts';
import { flagMachineText } from './machineText.ts';
import { convertHtml } from './convertHtml.ts';
import { convertText, type Conversion } from './convertText.ts';
import { loadRules } from '../../src/lib/source/debrisRules.ts';
import type { EssayKind } from '../../src/lib/model/essayKind.ts';
import { formatReport, type Written } from './report.ts';
import { blocksToMdx, essayFile, type DraftFrontmatter } from './writeMdx.ts';

/** What to import, and where to. */
export interface ImportOptions {
  /** A .txt or .html file, or an http(s) URL. */
  input: string;
  slug?: string;
  kind?: EssayKind;
  /** The content folder holding essays/ and sources/; "content" by default. */
  contentDir?: string;
  /** The debris rules; content/import-rules.yaml by default. */
  rulesFile?: string;
  /** For a saved web page: a CSS selector that picks the article by hand instead of Readability. */
  selector?: string;
}

/** What an import wrote, what it made of the source, and the report to print. */
export interface ImportResult extends Written {
  frontmatter: DraftFrontmatter;
  conversion: Conversion;
  report: string;
}

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a file or fetches a URL, as bytes. */
async function readInput(input: string): Promise<Buffer> {
  if (/^https?:\/\//.test(input)) {
    const response = await fetch(input);
    if (!response.ok) throw new Error(`${input}: the server answered ${response.status}; nothing was written`);
    return Buffer.from(await response.arrayBuffer());
  }
  try {
    return await readFile(input);
  } catch {
    throw new Error(`${input}: no such file`);
  }
}

/** The bytes as text: UTF-8, or Windows-1252 when they are not valid UTF-8. Refuses empty and binary files. */
export function decodeSource(bytes: Buffer, input: string): { text: string; flags: Flag[] } {
  if (!bytes.toString('utf8').trim()) throw new Error(`${input}: the file is empty; nothing was written`);
  const head = bytes.subarray(0, 8192);
  const controls = head.filter((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20)).length;
  if (head.includes(0) || controls > head.length / 100) {
    throw new Error(`${input}: this is a binary file, not a scraped text or a saved web page; nothing was written`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), flags: [] };
  } catch {
    const detail = 'the file is not UTF-8: it was read as Windows-1252';
    return { text: iconv.decode(bytes, 'windows-1252'), flags: [{ name: 'encoding', detail }] };
  }
}

/** Beside a saved page in content/sources, the lines its import read (`page.html.lines.txt`), which the source view shows. */
export function viewLinesPath(sourcePath: string): string {
  return `${sourcePath}.lines.txt`;
}

/** A URL slug from a title: github-slugger's, cut at a word to at most 60 characters. */
export function slugFromTitle(title: string): string {
  const slug = new GithubSlugger().slug(title.replace(/…$/, '')).replace(/[^a-z0-9-]/g, '');
  const cut = slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
  return cut.replace(/^-+|-+$/g, '').replace(/-{2,}/g, '-') || 'essay';
}

/** A header label of at most 24 characters: the title, or its first words and an ellipsis. */
export function shortTitleFrom(title: string): string {
  if (title.length <= 24) return title;
  let label = '';
  for (const word of title.split(/\s+/)) {
    if (`${label} ${word}`.trim().length > 23) break;
    label = `${label} ${word}`.trim();
  }
  return `${(label || title.slice(0, 23)).replace(/[,;:.!?-]$/, '')}…`;
}

/** The draft's `removed:` entries, once each in source order: the line, or the line with its reason when it has one. */
function removedEntries(lines: readonly RemovedLine[]): DraftFrontmatter['removed'] {
  const seen = new Set<string>();
  return lines.flatMap(({ text, reason }) => {
    if (seen.has(text)) return [];
    seen.add(text);
    return [reason ? { line: text, reason } : text];
  });
}

/** The next free `order`: one more than the highest among the essays already there. */
async function nextOrder(essaysDir: string): Promise<number> {
  const names = (await readdir(essaysDir).catch(() => [])).filter((name) => name.endsWith('.mdx'));
  const orders = await Promise.all(
    names.map(
      async (name) => Number(parse(splitFrontmatter(await readFile(join(essaysDir, name), 'utf8')).frontmatter)?.order) || 0,
    ),
  );
  return Math.max(0, ...orders) + 1;
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

/**
 * Imports a scraped text or a saved web page as a draft essay: writes the source unchanged to
 * `<contentDir>/sources/` and `<contentDir>/essays/<slug>.mdx` with `draft: true`. Refuses, writing
 * nothing, when the slug or the source file name is taken, or the input is empty, binary or has no article.
 */
export async function importEssay(options: ImportOptions): Promise<ImportResult> {
  const { input, contentDir = 'content' } = options;
  if (options.slug !== undefined && !kebabCase.test(options.slug)) {
    throw new Error(`--slug: expected kebab-case (like open-weights-essay), found "${options.slug}"`);
  }
  const rules = await loadRules(options.rulesFile);
  const bytes = await readInput(input);
  const { text, flags } = decodeSource(bytes, input);
  const isUrl = /^https?:\/\//.test(input);
  const isHtml = isUrl || /\.html?$/i.test(input) || /^\s*<(?:!doctype html|html)/i.test(text);
  if (options.selector !== undefined && !isHtml) {
    throw new Error(`--selector: only a saved web page has elements to pick; ${input} is a scraped text`);
  }
  const conversion = isHtml
    ? convertHtml(text, input, rules, options.kind, options.selector ? { selector: options.selector } : {})
    : convertText(text, rules, options.kind);
  conversion.flags.unshift(...flags);
  const slug = options.slug ?? slugFromTitle(conversion.title);
  const essaysDir = join(contentDir, 'essays');
  const sourcesDir = join(contentDir, 'sources');
  const essayPath = join(essaysDir, `${slug}.mdx`);
  if (await exists(essayPath)) {
    throw new Error(`${essayPath} already exists: choose another --slug; nothing was written`);
  }
  const extension = isHtml ? '.html' : '.txt';
  const name = isUrl ? '' : basename(input);
  const sourceName = /^[\w.-]+$/.test(name) && extname(name).toLowerCase() === extension ? name : `${slug}${extension}`;
  const sourcePath = join(sourcesDir, sourceName);
  if (await exists(sourcePath)) {
    throw new Error(`${sourcePath} already exists: rename the file to import; nothing was written`);
  }
  if (isHtml && (await exists(viewLinesPath(sourcePath)))) {
    throw new Error(`${viewLinesPath(sourcePath)} already exists: rename the file to import; nothing was written`);
  }
  const headings = conversion.blocks.filter((block) => block.type === 'heading');
  const frontmatter: DraftFrontmatter = {
    title: conversion.title,
    shortTitle: shortTitleFrom(conversion.title),
    kind: conversion.kind,
    ...(conversion.lang && !/^en\b/i.test(conversion.lang) ? { lang: conversion.lang } : {}),
    source: sourceName,
    order: await nextOrder(essaysDir),
    ...(conversion.editorialTitle ? { editorialTitle: true } : {}),
    ...(conversion.author ? { author: conversion.author } : {}),
    ...(conversion.published ? { published: conversion.published } : {}),
    draft: true,
    addedHeadings: [...new Set(headings.filter((h) => h.added).map((h) => h.text))],
    removed: removedEntries(conversion.removed),
  };
  if (frontmatter.shortTitle !== frontmatter.title) {
    conversion.flags.push({
      name: 'shortTitle',
      detail: `the header label "${frontmatter.shortTitle}" is the title cut short: write a better one`,
    });
  }
  const body = blocksToMdx(conversion.blocks);
  const draft = essayFile(frontmatter, body);
  // The site's own schema and renderer read the draft before anything is written.
  const problems = checkDraft(draft, essayPath);
  if (problems.length) {
    throw new Error(
      `${input}: the draft would not build, so nothing was written:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
  }
  conversion.flags.push(...flagMachineText(body));
  const letters = body.match(/\p{L}/gu) ?? [];
  if (!conversion.lang && isHtml && letters.filter((c) => !/\p{Script=Latin}/u.test(c)).length > letters.length * 0.3) {
    conversion.flags.push({
      name: 'language',
      detail: 'the page declares no language and is mostly not in Latin script: set lang (a BCP 47 tag) in the frontmatter',
    });
  }
  await mkdir(essaysDir, { recursive: true });
  await mkdir(sourcesDir, { recursive: true });
  await writeFile(sourcePath, bytes, { flag: 'wx' });
  if (conversion.viewLines) await writeFile(viewLinesPath(sourcePath), `${conversion.viewLines.join('\n')}\n`, { flag: 'wx' });
  await writeFile(essayPath, draft, { flag: 'wx' });
  const written: Written = {
    input,
    slug,
    essayFile: essayPath,
    sourceFile: sourcePath,
    ...(conversion.viewLines ? { linesFile: viewLinesPath(sourcePath) } : {}),
  };
  return { ...written, frontmatter, conversion, report: formatReport(conversion, written) };
}
