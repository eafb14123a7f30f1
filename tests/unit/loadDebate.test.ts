import { afterEach, describe, expect, test, vi } from 'vitest';
import { readDebate } from '../../src/lib/debate/loadDebate.ts';
import { readArgumentFiles, readEssayFiles } from '../support/content.ts';

vi.mock('astro:content', () => import('../support/astroContent.ts'));

const env = { CONTENT_DIR: process.env.CONTENT_DIR, INCLUDE_DRAFTS: process.env.INCLUDE_DRAFTS };

/** Loads the debate from a content folder, as a build with that CONTENT_DIR would. */
function loadFrom(dir: string, extra: Record<string, string> = {}) {
  process.env.CONTENT_DIR = dir;
  Object.assign(process.env, extra);
  return readDebate();
}

afterEach(() => {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  vi.restoreAllMocks();
});

describe('the site’s own content', () => {
  test('loads every published essay in the editors’ order and every argument, each citation linked to its section', async () => {
    const debate = await loadFrom('content');
    const [essays, argumentFiles] = await Promise.all([readEssayFiles(), readArgumentFiles()]);
    expect(debate.essays.map((essay) => essay.id)).toEqual(essays.map(({ id }) => id));
    expect(debate.arguments.map(({ id }) => id).sort()).toEqual(argumentFiles.map(({ id }) => id).sort());
    expect(debate.relations.length).toBeGreaterThanOrEqual(12);
    for (const relation of debate.relations) {
      if (relation.evidence) expect(relation.evidence.href).toMatch(new RegExp(`^/essays/${relation.evidence.essay}/#`));
      else expect(relation.editorsPairing).toBe(true);
    }
    for (const citation of debate.arguments.flatMap((argument) => argument.citations)) {
      expect(citation.sectionTitle).not.toBe('');
      expect(citation.href).toMatch(new RegExp(`^/essays/${citation.essay}/#${citation.section}(:~:text=|$)`));
    }
  });
});

describe('content the build refuses', () => {
  test('a citation of a section the essay lacks, naming the argument, its file and the field', async () => {
    await expect(loadFrom('tests/fixtures/unknown-section')).rejects.toThrow(
      'Argument "fixture-misuse" in tests/fixtures/unknown-section/arguments/safety.yaml: citations[0].section: ' +
        'expected a heading id of essay "tiny-essay" ("the-only-section"), found "a-section-that-does-not-exist"',
    );
  });

  test('a component essays may not use, naming the file, the line, the component and what is allowed', async () => {
    await expect(loadFrom('tests/fixtures/unknown-component')).rejects.toThrow(
      'tests/fixtures/unknown-component/essays/tiny-essay.mdx:14: <Signature> is not an essay component; ' +
        'essays may use only <Byline />, <LostEmoji />, <Truncated />',
    );
  });

  test('a component with words inside it, naming the file and the line: the page would not show them', async () => {
    await expect(loadFrom('tests/fixtures/component-with-children')).rejects.toThrow(
      'tests/fixtures/component-with-children/essays/tiny-essay.mdx:14: <Truncated> takes no content',
    );
  });
});

describe('relations the build refuses', () => {
  const file = 'tests/fixtures/bad-relations/arguments/safety.yaml';
  const failure = () => loadFrom('tests/fixtures/bad-relations').catch((error: Error) => error.message);

  test('an answer to an argument no file defines, naming the file, the relation and what was expected', async () => {
    expect(await failure()).toContain(
      `Argument "fixture-misuse" in ${file}: answers[0] to "fixture-nowhere": argument: expected the id of an argument, ` +
        'found "fixture-nowhere", which no argument file defines.',
    );
  });

  test('an argument that answers itself', async () => {
    expect(await failure()).toContain(
      `Argument "fixture-misuse" in ${file}: answers[1] to "fixture-misuse": argument: expected another argument, found the argument itself.`,
    );
  });

  test('evidence that is not word for word in its section, checked like a citation', async () => {
    expect(await failure()).toContain(
      `Argument "fixture-rules" in ${file}: answers[0] to "fixture-misuse": evidence.quote: expected the exact words of ` +
        'section "the-only-section" of essay "tiny-essay", but this quote is not there: "Rules would stop the bad actors."',
    );
  });

  test('a second relation between the same two arguments', async () => {
    expect(await failure()).toContain(
      `Argument "fixture-rules" in ${file}: answers[1] to "fixture-misuse": expected one relation between ` +
        '"fixture-rules" and "fixture-misuse", found a second (the first: answers[0] of "fixture-rules").',
    );
  });

  test('an unknown kind, a missing note, and neither evidence nor the editors’ mark, naming the file and each answer’s field', async () => {
    const message = await loadFrom('tests/fixtures/bad-relation-fields').catch((error: Error) => error.message);
    const file = 'tests/fixtures/bad-relation-fields/arguments/safety.yaml';
    expect(message).toMatch(/^Content validation failed with 3 problem\(s\)/);
    expect(message).toContain(`${file}: arguments.1.answers.0.kind: kind must be one of: rebuts (`);
    expect(message).toContain(`${file}: arguments.1.answers.1.note: note must be a sentence of 10 to 200 characters`);
    expect(message).toContain(`${file}: arguments.1.answers.2: each answer needs either evidence`);
  });
});

describe('drafts', () => {
  test('a published load leaves the draft out, with the argument that cites only it', async () => {
    const debate = await loadFrom('tests/fixtures/draft-essay');
    expect(debate.essays.map((essay) => essay.id)).toEqual(['published-essay']);
    expect(debate.arguments.map((argument) => argument.id)).not.toContain('fixture-answerable');
    const citedEssays = debate.arguments.flatMap((argument) => argument.citations.map((citation) => citation.essay));
    expect(citedEssays).not.toContain('draft-essay');
  });

  test('a review load (INCLUDE_DRAFTS=1) keeps the draft and its citations', async () => {
    const debate = await loadFrom('tests/fixtures/draft-essay', { INCLUDE_DRAFTS: '1' });
    expect(debate.essays.map((essay) => essay.id)).toContain('draft-essay');
    expect(debate.arguments.map((argument) => argument.id)).toContain('fixture-answerable');
  });
});

test('warns of each link dropped to plain text, naming the file and line', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await loadFrom('tests/fixtures/unsafe-links');
  const file = 'tests/fixtures/unsafe-links/essays/tiny-essay.mdx';
  expect(warn.mock.calls.map(([message]) => message)).toEqual([
    `Warning: ${file}:14: link to "JaVaScRiPt:alert(1)" kept as plain text: only http:, https:, mailto:, relative and # links are kept`,
    `Warning: ${file}:14: link to "vbscript:msgbox(1)" kept as plain text: only http:, https:, mailto:, relative and # links are kept`,
    `Warning: ${file}:14: link to "data:text/html,%3Cb%3Ex%3C/b%3E" kept as plain text: only http:, https:, mailto:, relative and # links are kept`,
  ]);
});
