import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const roots = ['src', 'scripts', 'tests'];
const topLevel = ['astro.config.mjs', 'vitest.config.ts', '.htmlvalidate.mjs'];
const sourceFile = /\.(ts|mjs|astro)$/;
// A project path inside a comment: a top-level folder, then a file with an extension or a folder.
const projectPath = /(?<![\w./-])(?:src|scripts|tests|content|public|\.ci|\.github)\/[\w.[\]/-]*[\w\]/]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => sourceFile.test(entry) && !entry.includes('fixtures'))
    .map((entry) => join(dir, entry));
}

/** The text of a file's comments: line comments, block comments and JSDoc. */
function commentsOf(code: string): string[] {
  return [...code.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g)].map(([comment]) => comment);
}

test('every project path named in a code comment exists', () => {
  const files = [...roots.flatMap(sourceFiles), ...topLevel.filter((file) => existsSync(file))];
  const missing: string[] = [];
  let named = 0;
  for (const file of files) {
    for (const comment of commentsOf(readFileSync(file, 'utf8'))) {
      for (const [path] of comment.matchAll(projectPath)) {
        named += 1;
        if (!existsSync(path.replace(/\.$/, ''))) missing.push(`${file} names ${path}, which does not exist`);
      }
    }
  }
  expect(named).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
