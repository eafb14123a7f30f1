import { expect, inject, test } from 'vitest';
import { outputTail } from '../../scripts/lib/buildSite.ts';

const builds = inject('fixtureBuilds');

// The cross-checks of the loaded debate (sections, quotes, components) are unit tests:
// tests/unit/loadDebate.test.ts. What only a build shows is how Astro loads the files.

test('an essay with bad frontmatter fails the build, naming the file and each bad field, a draft’s too', () => {
  const { code, output } = builds['bad-frontmatter']!;
  const text = outputTail(output, 200);
  expect(code).not.toBe(0);
  expect(text).toContain('tests/fixtures/bad-frontmatter/essays/broken-essay.mdx');
  expect(text).toMatch(/description/);
  expect(text).toMatch(/kind must be one of: article, forum-thread/);
  expect(text).toMatch(
    /tests\/fixtures\/bad-frontmatter\/essays\/draft-without-kind\.mdx: [^\n]*\n+\s*kind: kind must be one of/,
  );
});

test('a draft whose frontmatter is not YAML fails the build, naming the file and the line, not "Unable to load your Astro config"', () => {
  const { code, output } = builds['malformed-yaml']!;
  const text = outputTail(output, 200);
  expect(code).not.toBe(0);
  expect(text).not.toContain('Unable to load your Astro config');
  expect(text).toMatch(
    /tests\/fixtures\/malformed-yaml\/essays\/broken-draft\.mdx: the frontmatter is not valid YAML: .*\(8:1\)/,
  );
});
