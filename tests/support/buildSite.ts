import { spawn } from 'node:child_process';

/** What a build printed and how it ended. */
export interface BuildResult {
  code: number;
  output: string;
}

function run(args: string[], env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve) => {
    // process.execPath is the Node that runs the tests: the pinned LTS, which Astro needs.
    const child = spawn(process.execPath, args, {
      // Vitest sets NODE_ENV=test, which would make Vite build in development mode.
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Runs `astro build` (which also builds the search index) into outDir with extra environment. SITE_URL
 * and BASE_PATH are unset unless env sets them, whatever the shell running the tests exported.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { SITE_URL: '', BASE_PATH: '', ...env });
}
