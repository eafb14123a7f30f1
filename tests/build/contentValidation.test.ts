import { expect, inject, test } from 'vitest';

const builds = inject('fixtureBuilds');

test('an essay with bad frontmatter fails the build, naming the file and each bad field', () => {
  const { code, output } = builds['bad-frontmatter']!;
  expect(code).not.toBe(0);
  expect(output).toContain('broken-essay');
  expect(output).toMatch(/description/);
  expect(output).toMatch(/kind must be one of: article, forum-thread/);
});

test('a citation of a section the essay lacks fails the build, naming the argument, its file and the field', () => {
  const { code, output } = builds['unknown-section']!;
  expect(code).not.toBe(0);
  expect(output).toContain('Argument "fixture-misuse" in');
  expect(output).toContain('arguments/safety.yaml');
  expect(output).toContain(
    'citations[0].section: expected a heading id of essay "tiny-essay" ("the-only-section"), found "a-section-that-does-not-exist"',
  );
});

test('an essay using a component essays may not use fails the build, naming the file, the component and what is allowed', () => {
  const { code, output } = builds['unknown-component']!;
  expect(code).not.toBe(0);
  expect(output).toContain('unknown-component/essays/tiny-essay.mdx: <Signature> is not an essay component');
  expect(output).toContain('essays may use only <Byline />, <LostEmoji />, <Truncated />');
});
