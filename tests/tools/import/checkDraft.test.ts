import { readdir } from 'node:fs/promises';
import { afterAll, expect, test } from 'vitest';
import { checkDraft } from '../../../scripts/import/checkDraft.ts';
import type { EssayKind } from '../../../src/lib/model/essayKind.ts';
import { importEssay } from '../../../scripts/import/importEssay.ts';
import { removeTempDirs, tempContentDir } from '../../support/importDraft.ts';

afterAll(removeTempDirs);

const frontmatter = [
  '---',
  'title: A Draft',
  'shortTitle: A Draft',
  'kind: article',
  'source: a-draft.html',
  'order: 1',
  'draft: true',
];
const draft = (body: string, extra: string[] = []) => [...frontmatter, ...extra, '---', '', body, ''].join('\n');

test('passes a draft the site will build', () => {
  expect(checkDraft(draft('## Introduction\n\nWords, [a link](https://example.org) and a \\{brace\\}.'), 'a-draft.mdx')).toEqual(
    [],
  );
});

test('names the line of the file and the construct the essay renderer refuses', () => {
  const problems = checkDraft(draft('First paragraph.\n\n<!-- a comment -->'), 'a-draft.mdx');
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(
    /^line 12 \("<!-- a comment -->"\): the essay renderer refuses it: Unexpected character `!`.*an HTML comment: essays hold no comments; delete it/,
  );
});

test('names the frontmatter field the site’s schema refuses, with its message', () => {
  expect(checkDraft(draft('Words.', ['lang: english']), 'a-draft.mdx')).toEqual([
    'frontmatter field lang: lang must be a BCP 47 language tag, like de or pt-BR; omit it for English',
  ]);
});

test('passes a script URL or a remote image in a draft, since the essay renderer makes them text and a link', () => {
  // The renderer (src/lib/text/safeUrl.ts) neutralises both, so no script link or remote image reaches the page.
  expect(checkDraft(draft('[x](javascript:alert(1)) and ![y](https://images.example.org/y.png)'), 'a-draft.mdx')).toEqual([]);
});

test('the importer writes nothing and says why when its draft fails the check', async () => {
  const contentDir = await tempContentDir();
  await expect(
    importEssay({ input: 'tests/fixtures/import/blog-post.txt', contentDir, kind: 'essay' as EssayKind }),
  ).rejects.toThrow(
    /blog-post\.txt: the draft would not build, so nothing was written:\n {2}frontmatter field kind: kind must be one of: article, forum-thread/,
  );
  expect(await readdir(contentDir)).toEqual([]);
});
