import { spawnSync } from 'node:child_process';
import { chmod, copyFile, link, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';

// The real script, run as a process on a PATH whose sudo and apt-get are stand-ins: apt-get records its
// arguments and "installs" by writing the binaries CHROME_PATH and NGINX_PATH name, so no test touches
// the machine's packages.

/** A folder nobody can write but everybody can read, holding the stand-in commands. */
async function fakeSystem(sudoWorks: boolean): Promise<{ dir: string; log: string; chrome: string; nginx: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'preflight-'));
  await chmod(dir, 0o755);
  const bin = join(dir, 'bin');
  const log = join(dir, 'apt.log');
  await mkdir(bin);
  await writeFile(
    join(bin, 'apt-get'),
    `#!/bin/sh\necho "$*" >> "${log}"\nif [ "$1" = install ]; then for f in "$CHROME_PATH" "$NGINX_PATH"; do printf '#!/bin/sh\\n' > "$f"; chmod +x "$f"; done; fi\n`,
    { mode: 0o755 },
  );
  await writeFile(
    join(bin, 'sudo'),
    sudoWorks ? '#!/bin/sh\n[ "$1" = -n ] && shift && [ "$1" = true ] && exit 0\nexec "$@"\n' : '#!/bin/sh\nexit 1\n',
    {
      mode: 0o755,
    },
  );
  await writeFile(log, '', { mode: 0o666 });
  return { dir, log, chrome: join(dir, 'chromium'), nginx: join(dir, 'nginx') };
}

/**
 * The preflight script and the Node that runs it, copied where an unprivileged user can read them:
 * a checkout in a private folder (root's home, mode 0700) is out of that user's reach.
 */
async function readableCopy(dir: string): Promise<{ node: string; script: string }> {
  const node = join(dir, 'node');
  try {
    await link(process.execPath, node);
  } catch {
    // Another file system: a copy does the same.
    await copyFile(process.execPath, node);
  }
  await chmod(node, 0o755);
  for (const file of ['scripts/preflight.ts', 'scripts/preflight/planPreflight.ts']) {
    await mkdir(dirname(join(dir, file)), { recursive: true, mode: 0o755 });
    await copyFile(file, join(dir, file));
    await chmod(join(dir, file), 0o644);
  }
  return { node, script: join(dir, 'scripts/preflight.ts') };
}

/** Runs the preflight script with a PATH that finds the stand-ins first; `asUser` drops root (uid 65534) when the test runs as root. */
async function preflight(system: { dir: string; chrome: string; nginx: string }, asUser: boolean) {
  const dropRoot = asUser && process.getuid?.() === 0;
  const { node, script } = dropRoot ? await readableCopy(system.dir) : { node: process.execPath, script: 'scripts/preflight.ts' };
  const setpriv = dropRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
  const [command, ...args] = [...setpriv, node, script];
  return spawnSync(command!, args, {
    encoding: 'utf8',
    cwd: dropRoot ? system.dir : undefined,
    env: {
      PATH: [join(system.dir, 'bin'), dirname(node), '/usr/bin', '/bin'].join(':'),
      CHROME_PATH: system.chrome,
      NGINX_PATH: system.nginx,
    },
  });
}

test('npm test runs the preflight before formatting, type checks or any test', async () => {
  const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
  expect(scripts.test!.split(' && ')[0]).toBe('node scripts/preflight.ts');
});

test('a user who cannot install packages is stopped with the missing packages and the command that installs them', async () => {
  const system = await fakeSystem(false);
  const result = await preflight(system, true);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('npm test stopped before running any test: chromium and nginx are not installed');
  expect(result.stderr).toContain(`no executable at ${system.chrome}; set CHROME_PATH`);
  expect(result.stderr).toContain(`no executable at ${system.nginx}; set NGINX_PATH`);
  expect(result.stderr).toContain('sudo apt-get update && sudo apt-get install -y chromium nginx');
  await expect(readFile(system.log, 'utf8')).resolves.toBe('');
});

test('a user with passwordless sudo (or root) gets the missing packages installed with apt-get, then the preflight passes', async () => {
  const system = await fakeSystem(true);
  const result = await preflight(system, false);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('preflight: installing chromium and nginx with apt');
  await expect(readFile(system.log, 'utf8')).resolves.toBe('update -qq\ninstall -y -qq chromium nginx\n');
  expect(existsSync(system.chrome) && existsSync(system.nginx)).toBe(true);
});

test('with Chromium and nginx in place the preflight installs nothing and says nothing', async () => {
  const system = await fakeSystem(true);
  for (const file of [system.chrome, system.nginx]) await writeFile(file, '#!/bin/sh\n', { mode: 0o755 });
  const result = await preflight(system, false);
  expect([result.status, result.stdout, result.stderr]).toEqual([0, '', '']);
  await expect(readFile(system.log, 'utf8')).resolves.toBe('');
});
