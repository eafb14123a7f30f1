// What `npm test` needs from the system besides npm packages, and what to do when it is missing.
// Pure: the probes (files, user, sudo, apt) happen in scripts/preflight.ts.

/** A program the tests run that npm does not install. */
export interface SystemTool {
  /** Debian's package name. */
  pkg: string;
  /** The environment variable that points the tests at another binary. */
  envVar: string;
  /** Where the tests look when the variable is unset. */
  defaultPath: string;
  /** Why the tests need it. */
  usedFor: string;
}

/** Chromium for the browser tests and nginx for the nginx test, where scripts/lib/browser.ts and tests/support/nginx.ts look for them. */
export const systemTools: readonly SystemTool[] = [
  { pkg: 'chromium', envVar: 'CHROME_PATH', defaultPath: '/usr/bin/chromium', usedFor: 'the browser tests' },
  { pkg: 'nginx', envVar: 'NGINX_PATH', defaultPath: '/usr/sbin/nginx', usedFor: 'the nginx test' },
];

/** What the preflight found on this machine. */
export interface MachineState {
  /** The binary each tool resolves to, and whether it is an executable file. */
  tools: { tool: SystemTool; path: string; present: boolean }[];
  /** The process runs as root. */
  isRoot: boolean;
  /** `sudo -n true` succeeds: sudo works without a password. */
  passwordlessSudo: boolean;
  /** apt-get is on the PATH (Debian, Ubuntu and their kin). */
  hasApt: boolean;
}

/** What the preflight does: nothing, install with apt, or stop before any test runs. */
export type PreflightPlan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[]; commands: string[][] }
  | { action: 'stop'; packages: string[]; message: string };

/** The binary the tests will use for a tool under an environment. */
export function toolPath(tool: SystemTool, env: Record<string, string | undefined>): string {
  return env[tool.envVar] || tool.defaultPath;
}

/** The apt commands that install packages, run directly as root or through sudo. */
export function aptCommands(packages: readonly string[], viaSudo: boolean): string[][] {
  const prefix = viaSudo ? ['sudo'] : [];
  return [
    [...prefix, 'apt-get', 'update', '-qq'],
    [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', ...packages],
  ];
}

/** The message that stops `npm test`: what is missing, where it was looked for, and the command that installs it. */
export function missingMessage(missing: MachineState['tools'], hasApt: boolean): string {
  const packages = missing.map(({ tool }) => tool.pkg);
  const lines = [
    `npm test stopped before running any test: ${packages.join(' and ')} ${packages.length === 1 ? 'is' : 'are'} not installed, and this user cannot install packages.`,
    ...missing.map(
      ({ tool, path }) =>
        `  ${tool.pkg} (for ${tool.usedFor}): no executable at ${path}; set ${tool.envVar} to use one elsewhere.`,
    ),
    hasApt ? 'Install with:' : 'On Debian or Ubuntu, install with:',
    `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
  ];
  if (!hasApt) lines.push(`Elsewhere, install ${packages.join(' and ')} with the system's package manager.`);
  lines.push('Then run npm test again.');
  return lines.join('\n');
}

/** Decides what the preflight does on a machine: ready, install with apt (as root or with passwordless sudo), or stop. */
export function planPreflight(state: MachineState): PreflightPlan {
  const missing = state.tools.filter((entry) => !entry.present);
  if (missing.length === 0) return { action: 'ready' };
  const packages = missing.map(({ tool }) => tool.pkg);
  const canInstall = state.hasApt && (state.isRoot || state.passwordlessSudo);
  if (canInstall) return { action: 'install', packages, commands: aptCommands(packages, !state.isRoot) };
  return { action: 'stop', packages, message: missingMessage(missing, state.hasApt) };
}
