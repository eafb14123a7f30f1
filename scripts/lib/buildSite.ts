// Spawning production builds, for the test run's builds and the benchmark's timed ones.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** What a build printed and how it ended, with its wall time and its own peak memory. */
export interface BuildResult {
  code: number;
  output: string;
  /** Wall time from spawn to exit, in ms. */
  ms: number;
  /** Peak resident memory of the build's Node process (not its children), in bytes; NaN if it did not say. */
  peakRssBytes: number;
}

/** One Node command: a script and its arguments, run in a folder with extra environment. */
export interface NodeCommand {
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
}

const peakMemoryHook = join(import.meta.dirname, 'reportPeakMemory.ts');

/**
 * Runs a Node script with the Node that runs the caller (the pinned LTS, which Astro needs), as a
 * production build; a preloaded hook writes the process's own peak RSS when it exits.
 */
export async function runNode({ args, cwd, env }: NodeCommand, timeoutMs = 600_000): Promise<BuildResult> {
  const reportDir = await mkdtemp(join(tmpdir(), 'peak-rss-'));
  const reportFile = join(reportDir, 'peak');
  const start = performance.now();
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', peakMemoryHook, ...args], {
      cwd,
      // Vitest sets NODE_ENV=test, which would make Vite build in development mode.
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', PEAK_RSS_FILE: reportFile, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      output += `\n(stopped after ${timeoutMs / 1000} s)`;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolve({ code: exit ?? 1, output });
    });
  });
  const ms = performance.now() - start;
  const peakRssBytes = Number(await readFile(reportFile, 'utf8').catch(() => 'NaN'));
  await rm(reportDir, { recursive: true, force: true });
  return { code, output, ms, peakRssBytes };
}

/**
 * Runs `astro build` (which also builds the search index) into outDir with extra environment. SITE_URL
 * and BASE_PATH are unset unless env sets them, whatever the shell running the tests exported.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return runNode({
    args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    env: { SITE_URL: '', BASE_PATH: '', ...env },
  });
}

/** The last lines of a build's output, without colour codes, for an error message. */
export function outputTail(output: string, lines = 40): string {
  return output
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')
    .slice(-lines)
    .join('\n');
}
