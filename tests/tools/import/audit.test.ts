import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Every file under content/ with its size and modification time, to show the audit left it alone. */
async function contentSnapshot(): Promise<string[]> {
  const files = (await readdir('content', { recursive: true })).sort();
  return Promise.all(
    files.map(async (file) => {
      const info = await stat(join('content', file));
      return `${file} ${info.size} ${info.mtimeMs}`;
    }),
  );
}

test(
  'npm run import:audit imports each page of a folder, builds the drafts once, checks each page and its source view, and leaves content/ alone',
  { timeout: 240_000 },
  async () => {
    const before = await contentSnapshot();
    const run = spawnSync(process.execPath, ['scripts/import/audit.ts', 'tests/fixtures/import/audit'], { encoding: 'utf8' });
    expect(run.stderr).toContain('building 1 draft(s) with INCLUDE_DRAFTS=1');
    expect(run.status).toBe(0);
    const rows = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| page') && !line.startsWith('| ---'))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '')));
    expect(rows.map((row) => row.slice(0, 7))).toEqual([
      [
        'empty-shell.html',
        '–',
        'refused: Readability found no article in this page (no block of running text); nothing was written. If the page does have one, pick it with --selector <css>',
        '–',
        '–',
        '0',
        '–',
      ],
      ['garden-notes.html', '–', 'imported', 'yes', '100.0%', '0', 'ok'],
    ]);
    expect(run.stdout).toContain('- builds: 1 of 1 drafts');
    expect(run.stdout).toContain('- median sentence recall: 100.0%');
    expect(await contentSnapshot()).toEqual(before);
  },
);
