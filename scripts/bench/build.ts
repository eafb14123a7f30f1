// Timed production builds: each run starts from an empty output and an empty Astro cache.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

/** One command of a build: a Node script and its arguments, run in a folder. */
export interface BuildStep {
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

/** A build to time: its steps, in order, and the folders to delete before each run. */
export interface BuildPlan {
  label: string;
  steps: BuildStep[];
  clean: string[];
}

/** What one build step printed and how it ended. */
interface StepResult {
  code: number;
  output: string;
}

/** Runs a Node script with the Node that runs the benchmark, as a production build. */
export function runNode(step: BuildStep, timeoutMs = 300_000): Promise<StepResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, step.args, {
      cwd: step.cwd,
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      output += `\n(bench: stopped after ${timeoutMs / 1000} s)`;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** Builds `runs` times from clean folders and returns each run's wall time in ms; throws with the build's output on failure. */
export async function timeBuilds(plan: BuildPlan, runs = 3): Promise<number[]> {
  const times: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    for (const dir of plan.clean) await rm(dir, { recursive: true, force: true });
    const start = performance.now();
    for (const step of plan.steps) {
      const result = await runNode(step);
      if (result.code !== 0) {
        const tail = result.output
          .replace(/\x1b\[[0-9;]*m/g, '')
          .trim()
          .split('\n')
          .slice(-40)
          .join('\n');
        throw new Error(`${plan.label} build failed (run ${run}, node ${step.args.join(' ')} in ${step.cwd}):\n${tail}`);
      }
    }
    times.push(performance.now() - start);
    console.log(`  ${plan.label} build ${run}/${runs}: ${Math.round(times.at(-1)!)} ms`);
  }
  return times;
}
