import { expect, test } from 'vitest';
import { planPreflight, systemTools, toolPath, type MachineState } from '../../scripts/preflight/planPreflight.ts';

const [chromium, nginx] = systemTools as [(typeof systemTools)[number], (typeof systemTools)[number]];

/** A machine where the named packages are missing from their default paths. */
function machine(missing: string[], rest: Partial<Omit<MachineState, 'tools'>> = {}): MachineState {
  return {
    tools: systemTools.map((tool) => ({ tool, path: tool.defaultPath, present: !missing.includes(tool.pkg) })),
    isRoot: false,
    passwordlessSudo: false,
    hasApt: true,
    ...rest,
  };
}

test('the tests look for Chromium and nginx where tests/support does, unless CHROME_PATH or NGINX_PATH says otherwise', () => {
  expect(toolPath(chromium, {})).toBe('/usr/bin/chromium');
  expect(toolPath(nginx, {})).toBe('/usr/sbin/nginx');
  expect(toolPath(chromium, { CHROME_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  expect(toolPath(nginx, { NGINX_PATH: '' })).toBe('/usr/sbin/nginx');
});

test('with Chromium and nginx present the preflight does nothing, whoever runs it', () => {
  expect(planPreflight(machine([]))).toEqual({ action: 'ready' });
  expect(planPreflight(machine([], { hasApt: false }))).toEqual({ action: 'ready' });
});

test('root on an apt machine installs exactly the missing packages, without sudo', () => {
  expect(planPreflight(machine(['nginx'], { isRoot: true }))).toEqual({
    action: 'install',
    packages: ['nginx'],
    commands: [
      ['apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'nginx'],
    ],
  });
});

test('a user with passwordless sudo installs through sudo', () => {
  const plan = planPreflight(machine(['chromium', 'nginx'], { passwordlessSudo: true }));
  expect(plan).toEqual({
    action: 'install',
    packages: ['chromium', 'nginx'],
    commands: [
      ['sudo', 'apt-get', 'update', '-qq'],
      ['sudo', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium', 'nginx'],
    ],
  });
});

test('a user who cannot install stops with the missing packages, where they were looked for and the command to run', () => {
  const plan = planPreflight(machine(['chromium', 'nginx']));
  expect(plan.action).toBe('stop');
  if (plan.action !== 'stop') return;
  expect(plan.packages).toEqual(['chromium', 'nginx']);
  expect(plan.message).toContain('npm test stopped before running any test: chromium and nginx are not installed');
  expect(plan.message).toContain('no executable at /usr/bin/chromium; set CHROME_PATH');
  expect(plan.message).toContain('no executable at /usr/sbin/nginx; set NGINX_PATH');
  expect(plan.message).toContain('  sudo apt-get update && sudo apt-get install -y chromium nginx\n');
});

test('root without apt cannot install either, and is told the Debian command and to use its own package manager', () => {
  const plan = planPreflight(machine(['chromium'], { isRoot: true, hasApt: false }));
  expect(plan.action).toBe('stop');
  if (plan.action !== 'stop') return;
  expect(plan.message).toContain(
    'On Debian or Ubuntu, install with:\n  sudo apt-get update && sudo apt-get install -y chromium\n',
  );
  expect(plan.message).toContain("Elsewhere, install chromium with the system's package manager.");
  expect(plan.message).not.toContain('nginx');
});
