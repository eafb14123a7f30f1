import { expect, test } from 'vitest';
import { draftEssayIds } from '../../src/lib/debate/draftEssayIds.ts';

test('lists the essays whose frontmatter says draft: true', () => {
  expect(draftEssayIds('tests/fixtures/draft-essay/essays')).toEqual(['draft-essay']);
});

test('names the file and the line of frontmatter that is not YAML', () => {
  expect(() => draftEssayIds('tests/fixtures/malformed-yaml/essays')).toThrow(
    /^tests\/fixtures\/malformed-yaml\/essays\/broken-draft\.mdx: the frontmatter is not valid YAML: .*\(8:1\)/,
  );
});
