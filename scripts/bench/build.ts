// Timed production builds: each run starts from an empty output and an empty Astro cache.
import { rm } from 'node:fs/promises';
import { outputTail, runNode, type NodeCommand } from '../lib/buildSite.ts';

/** A build to time: its command and the folders to delete before each run. */
export interface BuildPlan {
  label: string;
  command: NodeCommand;
  clean: string[];
}

/** One timed build: wall time and the build process's own peak memory. */
export interface BuildRun {
  ms: number;
  peakRssBytes: number;
}

/** Builds one plan once from clean folders; throws with the build's output on failure. */
async function timeBuild(plan: BuildPlan, run: number, runs: number): Promise<BuildRun> {
  for (const dir of plan.clean) await rm(dir, { recursive: true, force: true });
  const result = await runNode(plan.command);
  if (result.code !== 0) {
    const { args, cwd } = plan.command;
    throw new Error(`${plan.label} build failed (run ${run}, node ${args.join(' ')} in ${cwd}):\n${outputTail(result.output)}`);
  }
  console.log(
    `  ${plan.label} build ${run}/${runs}: ${Math.round(result.ms)} ms, peak ${Math.round(result.peakRssBytes / 2 ** 20)} MiB`,
  );
  return { ms: result.ms, peakRssBytes: result.peakRssBytes };
}

/**
 * Builds each plan `runs` times from clean folders, taking turns (ours, then the reference, then
 * ours again…), so a machine that slows down or speeds up during the bench weighs on both sites
 * alike rather than on whichever ran last. Returns each plan's runs, in the plans' order.
 */
export async function timeBuilds(plans: BuildPlan[], runs = 3): Promise<BuildRun[][]> {
  const results: BuildRun[][] = plans.map(() => []);
  for (let run = 1; run <= runs; run += 1) {
    for (const [index, plan] of plans.entries()) results[index]!.push(await timeBuild(plan, run, runs));
  }
  return results;
}
