// `npm test` runs this first: the browser tests need Chromium and the nginx test needs nginx, which
// npm cannot install. Where the user may install packages with apt (root, or sudo without a
// password) it installs them; otherwise it stops before any test runs and says what to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { planPreflight, systemTools, toolPath, type MachineState } from './preflight/planPreflight.ts';

/** Whether a path is a file this process may execute. */
function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether a command is found on the PATH. */
function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutable(join(dir, command)));
}

/** Probes this machine for what planPreflight decides on. */
function probe(): MachineState {
  const isRoot = process.getuid?.() === 0;
  return {
    tools: systemTools.map((tool) => {
      const path = toolPath(tool, process.env);
      return { tool, path, present: isExecutable(path) };
    }),
    isRoot,
    passwordlessSudo: !isRoot && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    hasApt: onPath('apt-get'),
  };
}

const plan = planPreflight(probe());
if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(`preflight: installing ${plan.packages.join(' and ')} with apt (Debian packages) for the tests`);
  for (const [command, ...args] of plan.commands) {
    const { status } = spawnSync(command!, args, { stdio: 'inherit' });
    if (status !== 0) {
      console.error(
        `preflight: "${[command, ...args].join(' ')}" failed (exit ${status}); npm test stopped before running any test.`,
      );
      process.exit(1);
    }
  }
  const stillMissing = probe().tools.filter(({ present }) => !present);
  for (const { tool, path } of stillMissing) {
    console.error(
      `preflight: apt installed ${tool.pkg}, but there is still no executable at ${path} (is ${tool.envVar} set to another place?).`,
    );
  }
  if (stillMissing.length > 0) process.exit(1);
}
