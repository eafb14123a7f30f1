import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);

/** Runs `npm run uncited -- <id>` as a person would, with the content folder CONTENT_DIR names. */
async function coverage(id: string, contentDir?: string) {
  const env = { ...process.env, CONTENT_DIR: contentDir ?? '' };
  return run(process.execPath, ['scripts/uncited.ts', id], { env }).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
}

test('reads the content folder CONTENT_DIR names, as the build does', async () => {
  const { stdout } = await coverage('tiny-essay', 'tests/fixtures/unknown-section');
  expect(stdout).toContain('tiny-essay: 0 of 1 paragraphs cited or excluded.');
  expect(stdout).toContain('    section: the-only-section\n    quote: "Open models can be misused by bad actors."');
});

test('lists the paragraphs of the site’s own essays as their pages show them, every one cited or excluded', async () => {
  const { stdout } = await coverage('open-source-ai-forum-thread');
  expect(stdout).toMatch(/^open-source-ai-forum-thread: (\d+) of \1 paragraphs cited or excluded\.$/m);
});

test('names the file and line of an essay the renderer refuses', async () => {
  const result = await coverage('tiny-essay', 'tests/fixtures/component-with-children');
  expect(result).toMatchObject({ code: 1 });
  expect((result as { stderr: string }).stderr).toContain(
    'coverage: tests/fixtures/component-with-children/essays/tiny-essay.mdx:14: <Truncated> takes no content',
  );
});
