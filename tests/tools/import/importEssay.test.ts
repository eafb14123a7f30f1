import { spawnSync } from 'node:child_process';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, test } from 'vitest';
import { importEssay, shortTitleFrom, slugFromTitle } from '../../../scripts/import/importEssay.ts';
import { largeSample, paragraphsPerSection } from '../../../scripts/import/largeSample.ts';
import { splitSections } from '../../../src/lib/essay/splitSections.ts';
import { importIntoTemp, tempContentDir, removeTempDirs } from '../../support/importDraft.ts';

afterAll(removeTempDirs);

const fixtures = 'tests/fixtures/import';

/** Every file below a folder, so a test can prove nothing was written. */
async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true }).catch(() => [])).sort();
}

/** Writes an input file into a fresh folder and returns its path and the content folder beside it. */
async function inputFile(name: string, data: string | Buffer): Promise<{ file: string; contentDir: string }> {
  const dir = await tempContentDir();
  await writeFile(join(dir, name), data);
  return { file: join(dir, name), contentDir: join(dir, 'content') };
}

describe('refusing', () => {
  test('an existing slug, naming the file and writing nothing', async () => {
    const first = await importIntoTemp(`${fixtures}/blog-post.txt`, { slug: 'taken' });
    const before = await readFile(first.result.essayFile, 'utf8');
    const files = await filesIn(first.contentDir);
    await expect(
      importEssay({ input: `${fixtures}/forum-thread.txt`, slug: 'taken', contentDir: first.contentDir }),
    ).rejects.toThrow(/essays\/taken\.mdx already exists: choose another --slug; nothing was written/);
    expect(await filesIn(first.contentDir)).toEqual(files);
    expect(await readFile(first.result.essayFile, 'utf8')).toBe(before);
  });

  test('a source file name already in content/sources, writing nothing', async () => {
    const first = await importIntoTemp(`${fixtures}/blog-post.txt`);
    const files = await filesIn(first.contentDir);
    await expect(
      importEssay({ input: `${fixtures}/blog-post.txt`, slug: 'again', contentDir: first.contentDir }),
    ).rejects.toThrow(/sources\/blog-post\.txt already exists/);
    expect(await filesIn(first.contentDir)).toEqual(files);
  });

  test('an empty file', async () => {
    const { file, contentDir } = await inputFile('empty.txt', ' \n\n');
    await expect(importEssay({ input: file, contentDir })).rejects.toThrow(`${file}: the file is empty; nothing was written`);
    expect(await filesIn(contentDir)).toEqual([]);
  });

  test('a binary file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1]);
    const { file, contentDir } = await inputFile('picture.txt', png);
    await expect(importEssay({ input: file, contentDir })).rejects.toThrow(`${file}: this is a binary file`);
    expect(await filesIn(contentDir)).toEqual([]);
  });

  test('a page where Readability finds no article, with a clear error', async () => {
    const contentDir = await tempContentDir();
    await expect(importEssay({ input: `${fixtures}/no-article.html`, contentDir })).rejects.toThrow(
      `${fixtures}/no-article.html: Readability found no article in this page (no block of running text); nothing was written`,
    );
    expect(await filesIn(contentDir)).toEqual([]);
  });

  test('a slug that is not kebab-case, and a missing file', async () => {
    await expect(importEssay({ input: `${fixtures}/blog-post.txt`, slug: 'Not A Slug' })).rejects.toThrow(
      '--slug: expected kebab-case (like open-weights-essay), found "Not A Slug"',
    );
    await expect(importEssay({ input: `${fixtures}/missing.txt` })).rejects.toThrow(`${fixtures}/missing.txt: no such file`);
  });
});

test('a 5 MB scraped text imports whole', async () => {
  const { text, sections } = largeSample();
  expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
  const { file, contentDir } = await inputFile('large.txt', text);
  const { frontmatter, body } = await importIntoTemp(file, { contentDir });
  const parts = splitSections(body).filter((section) => section.id.startsWith('part-'));
  expect(parts).toHaveLength(sections);
  expect(parts.every((part) => part.paragraphs.length === paragraphsPerSection)).toBe(true);
  expect(parts.at(-1)!.paragraphs.at(-1)).toMatch(new RegExp(`^Paragraph ${paragraphsPerSection} of part ${sections} says`));
  expect(frontmatter.removed).toEqual(['Share this:']);
  expect(await readFile(join(contentDir, 'sources', 'large.txt'), 'utf8')).toBe(text);
});

test('writes the source unchanged, and the next order after the essays already there', async () => {
  const first = await importIntoTemp(`${fixtures}/mojibake-windows-1253.txt`);
  const second = await importIntoTemp(`${fixtures}/forum-thread.txt`, { contentDir: first.contentDir, kind: 'article' });
  expect(second.frontmatter.order).toBe(2);
  expect(second.frontmatter.kind).toBe('article');
  const source = await readFile(`${fixtures}/mojibake-windows-1253.txt`);
  expect((await readFile(first.result.sourceFile)).equals(source)).toBe(true);
  expect((await stat(first.result.essayFile)).isFile()).toBe(true);
});

test('reads a file that is not UTF-8 as Windows-1252, and says so', async () => {
  const bytes = iconv.encode(
    'Caf\u00e9 Notes\n\nThe caf\u00e9 down the road runs its own small model for the menu, and nobody minds.\n',
    'windows-1252',
  );
  const { file, contentDir } = await inputFile('latin.txt', bytes);
  const { body, result } = await importIntoTemp(file, { contentDir });
  expect(body).toContain('The café down the road');
  expect(result.conversion.flags.map((flag) => flag.name)).toContain('encoding');
});

test('derives the slug and the header label from the title', () => {
  expect(slugFromTitle('Why Open Weights Matter for Small Labs')).toBe('why-open-weights-matter-for-small-labs');
  expect(slugFromTitle('What’s in a Licence?')).toBe('whats-in-a-licence');
  expect(shortTitleFrom('Notes on Shared Models')).toBe('Notes on Shared Models');
  expect(shortTitleFrom('Why Open Weights Matter for Small Labs')).toBe('Why Open Weights Matter…');
});

test('npm run import prints a clear error and fails on bad input', () => {
  const run = spawnSync(process.execPath, ['scripts/import/index.ts', `${fixtures}/blog-post.txt`, '--kind', 'blog'], {
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('import: --kind: expected "article" or "forum-thread", found "blog"');
  const none = spawnSync(process.execPath, ['scripts/import/index.ts'], { encoding: 'utf8' });
  expect(none.status).toBe(1);
  expect(none.stderr).toContain('expected one file or URL, found 0');
});
