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

test('relations that name no argument, answer themselves, repeat a pair or quote words not in their section fail the build, naming file and relation', () => {
  const { code, output } = builds['bad-relations']!;
  const text = outputTail(output, 200);
  const where = 'in tests/fixtures/bad-relations/arguments/safety.yaml: answers';
  expect(code).not.toBe(0);
  expect(text).toContain(`Argument "fixture-misuse" ${where}[0] to "fixture-nowhere": argument: expected the id of an argument`);
  expect(text).toContain(`Argument "fixture-misuse" ${where}[1] to "fixture-misuse": argument: expected another argument`);
  expect(text).toContain(`Argument "fixture-rules" ${where}[0] to "fixture-misuse": evidence.quote: expected the exact words`);
  expect(text).toContain(`Argument "fixture-rules" ${where}[1] to "fixture-misuse": expected one relation between`);
});

test('an answer of an unknown kind, without a note or without evidence or the editors’ mark fails the build, naming the file and the answer', () => {
  const { code, output } = builds['bad-relation-fields']!;
  const text = outputTail(output, 200);
  expect(code).not.toBe(0);
  expect(text).toContain('tests/fixtures/bad-relation-fields/arguments/safety.yaml');
  expect(text).toMatch(/arguments\.1\.answers\.0\.kind: kind must be one of: rebuts/);
  expect(text).toMatch(/arguments\.1\.answers\.1\.note: note must be/);
  expect(text).toMatch(/arguments\.1\.answers\.2: each answer needs either evidence/);
});
