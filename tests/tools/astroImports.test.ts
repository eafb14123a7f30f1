import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

// dependency-cruiser (.dependency-cruiser.mjs, run by `npm run deps`) checks every .ts and .mjs
// module's doors but cannot read .astro or .mdx files: this holds those to the same rules.

const pageFile = /\.(astro|mdx)$/;

/** The code of a page file: an .astro file's frontmatter and scripts, an .mdx file's import lines. */
function codeOf(file: string, text: string): string {
  if (file.endsWith('.mdx')) return [...text.matchAll(/^import .*$/gm)].map(([line]) => line).join('\n');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Each .astro and .mdx file of src/ with the project files its relative imports name, read by TypeScript's own scanner. */
async function pageImports(): Promise<[string, string[]][]> {
  const files = (await readdir('src', { recursive: true }))
    .filter((entry) => pageFile.test(entry))
    .map((entry) => join('src', entry));
  return Promise.all(
    files.map(async (file) => {
      const { importedFiles } = ts.preProcessFile(codeOf(file, await readFile(file, 'utf8')), true, true);
      // "~/" is the alias for src/ (tsconfig.json).
      const targets = importedFiles
        .map(({ fileName }) => fileName)
        .filter((name) => name.startsWith('.') || name.startsWith('~/'))
        .map((name) => (name.startsWith('~/') ? normalize(join('src', name.slice(2))) : normalize(join(dirname(file), name))));
      return [file, targets] as [string, string[]];
    }),
  );
}

test('no .astro or .mdx file of the site imports from scripts/ or tests/, or from a src/lib file outside a concern folder', async () => {
  const files = await pageImports();
  expect(files.length).toBeGreaterThan(30);
  expect(files.flatMap(([, targets]) => targets).some((target) => target.startsWith('src/lib/'))).toBe(true);
  const wrong = files.flatMap(([file, targets]) =>
    targets
      .filter((target) => /^(scripts|tests)\//.test(target) || /^src\/lib\/[^/]+$/.test(target))
      .map((target) => `${file} → ${target}`),
  );
  expect(wrong).toEqual([]);
});

test('components and layouts never import a page: pages compose them, not the reverse', async () => {
  const wrong = (await pageImports())
    .filter(([file]) => !file.startsWith('src/pages/'))
    .flatMap(([file, targets]) =>
      targets.filter((target) => target.startsWith('src/pages/')).map((target) => `${file} → ${target}`),
    );
  expect(wrong).toEqual([]);
});
