import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

// The project's own modules must import one way: a cycle (growth.ts and growthReport.ts importing each
// other, once) makes the order modules load in matter and hides which one is the base.

const folders = ['src', 'scripts', 'tests'];
const codeFile = /\.(ts|mjs|astro)$/;

/** The code of a module: an .astro file's frontmatter and scripts, any other file whole. */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Each module's relative imports that resolve to a file of the project, read by TypeScript's own scanner. */
async function importGraph(): Promise<Map<string, string[]>> {
  const files = [
    'astro.config.mjs',
    ...(
      await Promise.all(
        folders.map(async (folder) => (await readdir(folder, { recursive: true })).map((entry) => join(folder, entry))),
      )
    )
      .flat()
      .filter((file) => codeFile.test(file)),
  ];
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(codeOf(file, await readFile(file, 'utf8')), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => normalize(join(dirname(file), name)))
      .filter((target) => existsSync(target));
    graph.set(normalize(file), targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the modules along it. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (module: string) => {
    state.set(module, 'open');
    path.push(module);
    for (const next of graph.get(module) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(module, 'done');
  };
  for (const module of graph.keys()) if (!state.has(module)) visit(module);
  return cycles;
}

test('no module of src, scripts or tests imports itself through others', async () => {
  const graph = await importGraph();
  expect(graph.get(normalize('scripts/bench/growth.ts'))).toContain(normalize('scripts/bench/growthReport.ts'));
  expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
});

test('the cycle finder reports a cycle of two and one of three, and nothing in a tree', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['a.ts']],
    ['c.ts', ['d.ts']],
    ['d.ts', ['e.ts']],
    ['e.ts', ['c.ts', 'f.ts']],
    ['f.ts', []],
  ]);
  expect(findCycles(graph)).toEqual([
    ['a.ts', 'b.ts', 'a.ts'],
    ['c.ts', 'd.ts', 'e.ts', 'c.ts'],
  ]);
  expect(
    findCycles(
      new Map([
        ['x.ts', ['y.ts']],
        ['y.ts', []],
      ]),
    ),
  ).toEqual([]);
});
