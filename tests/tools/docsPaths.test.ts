import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { expect, test } from 'vitest';

// Every file path and npm script that the README and docs/ name must exist, so a newcomer who follows
// them never lands on a file that moved. Paths are read from `code spans` and [links](...).

const docs = ['README.md', ...(await readdir('docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const texts = new Map(await Promise.all(docs.map(async (file) => [file, await readFile(file, 'utf8')] as const)));
// What the repository holds at its top (src, tests, package.json, .ci, …): a code span starting with one of these is a path.
const topLevel = new Set(
  (await readdir('.')).filter((name) => !['node_modules', 'dist', '.git', '.tmp', '.astro'].includes(name)),
);

/** Repository paths named in a Markdown text: code spans that start with a top-level name, and relative link targets (resolved from the file). */
export function namedPaths(file: string, text: string): string[] {
  const spans = [...text.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!);
  const fromSpans = spans.filter((span) => topLevel.has(span.split('/')[0]!) && !/[<>*…]/.test(span));
  // Link syntax inside a code span (`[url](url)`) is an example, not a link.
  const prose = text.replace(/`[^`]*`/g, '');
  const links = [...prose.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!);
  const fromLinks = links.filter((link) => !/^[a-z]+:/.test(link)).map((link) => normalize(join(dirname(file), link)));
  return [...new Set([...fromSpans, ...fromLinks])];
}

test('the README stays short enough to read in one sitting, and links every guide in docs/', () => {
  const readme = texts.get('README.md')!;
  expect(readme.split('\n').length).toBeLessThanOrEqual(160);
  for (const file of docs.filter((doc) => doc !== 'README.md')) {
    expect(readme, file).toContain(`](${file})`);
  }
});

test.each(docs)('every file path %s names exists', (file) => {
  const paths = namedPaths(file, texts.get(file)!);
  expect(paths.length).toBeGreaterThan(0);
  const missing = paths.filter((path) => !existsSync(path.replace(/\/$/, '')));
  expect(missing).toEqual([]);
});

test.each(docs)('every npm script %s names is in package.json', async (file) => {
  const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
  const named = [...texts.get(file)!.matchAll(/npm (?:run ([\w:-]+)|(start|test)\b)/g)].map((match) => match[1] ?? match[2]!);
  expect(named.filter((script) => !(script in scripts))).toEqual([]);
});

test('the path finder sees code spans and links, and a missing file would be caught', () => {
  const paths = namedPaths(
    'docs/x.md',
    'See `src/lib/nowhere.ts`, [the guide](authoring.md#top), `npm test`, `/essays/<id>/` and [a site](https://example.org).',
  );
  expect(paths).toEqual(['src/lib/nowhere.ts', 'docs/authoring.md']);
  expect(existsSync(paths[0]!)).toBe(false);
});
