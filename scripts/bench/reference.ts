// The reference site: a stock Astro Starlight site with our three essays as docs pages, kept in the
// system's temporary folder (never in the repository) and installed from the npm registry.
import { spawn } from 'node:child_process';
import { access, copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { parseFrontmatter } from '../../src/lib/essay/splitFrontmatter.ts';
import { siteName } from '../../src/lib/page/pageWords.ts';

/** Starlight release the reference uses; its peers (astro ^7.2.10, @astrojs/markdown-remark ^7.3.0) are pinned to ours. */
export const starlightVersion = '0.42.4';

/** Where the reference site lives between runs. */
export const referenceDir = join(tmpdir(), 'open-models-debate-bench', 'starlight');

/** How the reference site was made ready. */
export interface ReferenceSite {
  dir: string;
  /** "cached" when node_modules matched package.json, else how the install went. */
  install: string;
  /** Docs page ids, one per essay. */
  essayIds: string[];
}

/** The options the reference passes to Starlight: stock, but for the title. */
export const starlightOptions: { title: string; pagefind?: { debounceTimeoutMs?: number } } = { title: siteName };

// Starlight spreads its `pagefind` options into `new PagefindUI({...})` (components/Search.astro);
// without debounceTimeoutMs the Default UI waits its documented default of 300 ms
// (https://pagefind.app/docs/ui/#debounce-timeout-ms).
const pagefindDefaultUiDebounceMs = 300;

/** How long the reference's search box waits after a keystroke, from the options it is built with. */
export function referenceDebounceMs(): number {
  return starlightOptions.pagefind?.debounceTimeoutMs ?? pagefindDefaultUiDebounceMs;
}

const astroConfig = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight(${JSON.stringify(starlightOptions)})],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const indexPage = `---
title: ${siteName}
description: Should AI models be open source? Three essays.
---

Three essays on whether AI models should be open source. Pick one from the sidebar.
`;

/** Turns one of our MDX essays into a Starlight Markdown page: title and description, body without our components. */
export function essayToMarkdown(mdx: string): string {
  const { data: frontmatter, body: source } = parseFrontmatter<{ title?: string; description?: string }>(mdx, 'essay');
  const body = source
    .split('\n')
    .filter((line) => !/^\s*(import|export)\s/.test(line))
    .map((line) => {
      const stripped = line.replace(/\s*<[A-Z][\w.]*(\s[^>]*)?\/>/g, '');
      return stripped.trim() === '' && line.trim() !== '' ? null : stripped;
    })
    .filter((line): line is string => line !== null)
    .join('\n');
  return `---\n${stringify({ title: frontmatter.title, description: frontmatter.description })}---\n${body}`;
}

function npmInstall(dir: string, extraArgs: string[]): Promise<{ code: number; output: string }> {
  // Our own `npm run` sets npm_config_* (legacy-peer-deps among them); the reference gets npm's defaults.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')));
  return new Promise((resolve) => {
    const child = spawn('npm', ['install', '--no-audit', '--no-fund', ...extraArgs], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => child.kill('SIGTERM'), 600_000);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += String(error)));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** Writes the reference site's files (essays refreshed every run) and installs its packages unless the cached install matches. */
export async function prepareReferenceSite(repoDir: string, essayFiles: string[]): Promise<ReferenceSite> {
  const version = async (name: string) =>
    (JSON.parse(await readFile(join(repoDir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const packageJson = `${JSON.stringify(
    {
      name: 'open-models-debate-bench-reference',
      private: true,
      type: 'module',
      dependencies: {
        '@astrojs/starlight': starlightVersion,
        '@astrojs/markdown-remark': await version('@astrojs/markdown-remark'),
        astro: await version('astro'),
      },
      allowScripts: { esbuild: true },
    },
    null,
    2,
  )}\n`;

  const dir = referenceDir;
  const docs = join(dir, 'src', 'content', 'docs');
  await mkdir(dir, { recursive: true });
  await rm(docs, { recursive: true, force: true });
  await mkdir(docs, { recursive: true });
  await writeFile(join(dir, 'package.json'), packageJson);
  await writeFile(join(dir, 'astro.config.mjs'), astroConfig);
  await writeFile(join(dir, 'src', 'content.config.ts'), contentConfig);
  await writeFile(join(docs, 'index.md'), indexPage);
  // Starlight links /favicon.svg, which its template ships in public/; ours stands in for it.
  await mkdir(join(dir, 'public'), { recursive: true });
  await copyFile(join(repoDir, 'public', 'favicon.svg'), join(dir, 'public', 'favicon.svg'));
  const essayIds: string[] = [];
  for (const file of essayFiles) {
    const id = basename(file, '.mdx');
    await writeFile(join(docs, `${id}.md`), essayToMarkdown(await readFile(file, 'utf8')));
    essayIds.push(id);
  }

  const marker = join(dir, 'node_modules', '.bench-installed-package.json');
  const cached = await readFile(marker, 'utf8').catch(() => '');
  if (
    cached === packageJson &&
    (await access(join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs')).then(
      () => true,
      () => false,
    ))
  ) {
    return { dir, install: 'cached (package.json unchanged)', essayIds };
  }
  await rm(join(dir, 'node_modules'), { recursive: true, force: true });
  await rm(join(dir, 'package-lock.json'), { force: true });
  const started = Date.now();
  let result = await npmInstall(dir, []);
  let how = 'npm install';
  if (result.code !== 0 && result.output.includes("Cannot read properties of null (reading 'children')")) {
    // The npm bug the repository's .npmrc works around; resolve peers the npm 6 way here too.
    await writeFile(join(dir, '.npmrc'), 'legacy-peer-deps=true\n');
    result = await npmInstall(dir, []);
    how = 'npm install with legacy-peer-deps (npm crashed without it)';
  }
  if (result.code !== 0) {
    const tail = result.output.trim().split('\n').slice(-30).join('\n');
    throw new Error(`Installing the reference site in ${dir} failed. The npm registry must be reachable.\n${tail}`);
  }
  await writeFile(marker, packageJson);
  const installed = (await readdir(join(dir, 'node_modules'))).length;
  return { dir, install: `${how}: ${installed} top-level packages in ${Math.round((Date.now() - started) / 1000)} s`, essayIds };
}
