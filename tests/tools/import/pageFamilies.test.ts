import { spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, describe, expect, test } from 'vitest';
import { importEssay } from '../../../scripts/import/importEssay.ts';
import { essayFrontmatter } from '../../../src/lib/essay/essayFrontmatter.ts';
import { countRepairs, markSource } from '../../../src/lib/source/markSource.ts';
import { renderEssay } from '../../../src/lib/essay/renderEssay.ts';
import { removedLine, type RemovedEntry } from '../../../src/lib/source/removalReasons.ts';
import { importIntoTemp, removeTempDirs, tempContentDir, type ImportedDraft } from '../../support/importDraft.ts';

afterAll(removeTempDirs);

const fixtures = 'tests/fixtures/import';

/** A draft as the site renders it (intro and every section), after checking it the way the site does. */
function page(draft: ImportedDraft): string {
  expect(essayFrontmatter.safeParse(draft.frontmatter).success).toBe(true);
  const essay = renderEssay(draft.body, draft.result.essayFile);
  return essay.intro + essay.sections.map((section) => section.html).join('');
}

const shownText = (html: string) => toText(fromHtml(html, { fragment: true })).replace(/\s+/g, ' ');
const flagNames = (draft: ImportedDraft) => draft.result.conversion.flags.map((flag) => flag.name);

describe('a page whose Markdown MDX would misread', async () => {
  const draft = await importIntoTemp(`${fixtures}/mdx-hazards.html`);

  test('keeps its table and its struck-out words as GFM', () => {
    expect(draft.body).toContain('| Birch 13B | custom, ~~no commercial use~~ | 64.8  |');
    const html = page(draft);
    expect(selectAll('table tbody tr', fromHtml(html, { fragment: true }))).toHaveLength(3);
    expect(html).toContain('<del>forbidding commercial use</del>');
  });

  test('keeps a paragraph that a debris rule matches but that is too long to be debris, and flags it', () => {
    expect(shownText(page(draft))).toContain(
      "© Provided by the lab's press office. The lab released the weights of all three sizes",
    );
    expect(draft.result.conversion.flags).toContainEqual({
      name: 'copyright line',
      detail: 'matched a paragraph of more than 30 words: kept',
      n: expect.any(Number),
    });
  });

  test('drops the HTML comments', () => {
    expect(draft.body).not.toContain('<!--');
    expect(shownText(page(draft))).not.toContain('editors left in the page');
  });

  test('writes a link whose text is its address as a plain link', () => {
    expect(draft.body).toContain('[https://example.org/benchmarks/logs](https://example.org/benchmarks/logs)');
    expect(page(draft)).toContain('<a href="https://example.org/benchmarks/logs">https://example.org/benchmarks/logs</a>');
  });

  test('shows import, export, braces and angle brackets as the words they are', () => {
    const text = shownText(page(draft));
    expect(text).toContain('import the evaluation harness first, then load each model in turn;');
    expect(text).toContain(
      'export the scores as JSON with a {model: score} map, so that anything reading them sees braces { and } as text.',
    );
    expect(text).toContain('A score below 50 < a coin toss, and a page that wrote </iframe> as text should keep it as text.');
  });
});

describe('a scraped text whose lines MDX would misread', async () => {
  const draft = await importIntoTemp(`${fixtures}/mdx-hazards.txt`);

  test('shows import, export, braces, angle brackets, a comment and a definition as the words they are', () => {
    const text = shownText(page(draft));
    expect(text).toContain('import the evaluation harness first, then load each model in turn;');
    expect(text).toContain(
      'export the scores as JSON with a {model: score} map, so that anything reading them sees braces { and } as text.',
    );
    expect(text).toContain('A score below 50 < a coin toss, and a page that wrote </iframe> as text should keep it as text.');
    expect(text).toContain('<!-- this scrape kept a comment as text -->');
    expect(text).toContain('[1]: https://example.org/benchmarks/logs "the logs"');
  });
});

describe.each(['dangerous-links.html', 'dangerous-links.txt'])('links to script URLs in %s', async (file) => {
  const draft = await importIntoTemp(`${fixtures}/${file}`);
  const links = () => selectAll('a[href]', fromHtml(page(draft), { fragment: true })).map((a) => String(a.properties.href));

  test('become their words, each reported as a warning', () => {
    const text = shownText(page(draft));
    for (const kind of ['mixed-case', 'entity-encoded', 'percent-encoded', 'vbscript', 'data']) {
      expect(text).toContain(`the ${kind} link keeps its words.`);
    }
    expect(draft.body).not.toMatch(/javascript:|vbscript:|data:|%6A|&#106;|alert\(|msgbox/i);
    expect(flagNames(draft).filter((name) => name === 'unsafe link')).toHaveLength(5);
  });

  test('leave http, mailto, relative and fragment links as links', () => {
    expect(links()).toEqual([
      'https://example.org/open-models',
      'mailto:editors@example.org',
      '../notes/licences/',
      '#method',
      'https://images.example.org/chart.png',
    ]);
  });

  test('and a remote image becomes a link to it with its alt text', () => {
    const html = page(draft);
    expect(html).toContain('<a href="https://images.example.org/chart.png">A chart of open model releases per year</a>');
    expect(html).not.toContain('<img');
    expect(flagNames(draft)).toContain('remote image');
  });
});

describe('a page where Readability takes a newsletter box for the article', () => {
  test('is refused with a message naming --selector, and nothing is written', async () => {
    const contentDir = await tempContentDir();
    await expect(importEssay({ input: `${fixtures}/newsletter-box.html`, contentDir })).rejects.toThrow(
      /newsletter-box\.html: the part Readability took for the article looks like a newsletter sign-up box .*nothing was written\. .*--selector <css>/,
    );
    expect(await readdir(contentDir)).toEqual([]);
  });

  test('makes npm run import fail with that message', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/import/index.ts', `${fixtures}/newsletter-box.html`, '--slug', 'never-written'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('looks like a newsletter sign-up box');
    expect(run.stderr).toContain('--selector <css>');
  });

  test('imports the article the editor picks with --selector', async () => {
    const draft = await importIntoTemp(`${fixtures}/newsletter-box.html`, { selector: 'article.post' });
    expect(page(draft).match(/<li>/g)).toHaveLength(25);
    expect(draft.body).toContain('25. Decide in advance when you would switch.');
    expect(draft.body).not.toContain('newsletter');
  });

  test('names a selector that matches nothing', async () => {
    await expect(importIntoTemp(`${fixtures}/newsletter-box.html`, { selector: '#no-such-id' })).rejects.toThrow(
      '--selector: "#no-such-id" matches no element of the page; nothing was written',
    );
  });
});

describe('the alt-text rule', () => {
  test('removes only the caption and the alt text beside a page’s image, never its list or its code', async () => {
    const draft = await importIntoTemp(`${fixtures}/alt-text-lists-and-code.html`);
    // Each with the reason the page's structure gives, which the source view shows and the build needs.
    expect(draft.frontmatter.removed).toEqual([
      {
        line: 'The suite at the end of a run, with every check passed.',
        reason: 'the alt text or caption of an image of the page, not the authors’ running text',
      },
      {
        line: 'a terminal running make test',
        reason: 'the alt text or caption of an image of the page, not the authors’ running text',
      },
    ]);
    expect(draft.body).toContain('- make test\n- run the linter\n- check the model card');
    expect(draft.body).toContain('```\nmake test\nmake lint\n```');
  });

  test('leaves the list items of a scraped text alone', async () => {
    const draft = await importIntoTemp(`${fixtures}/alt-text-lists.txt`);
    expect(draft.frontmatter.removed).toEqual([]);
    expect(draft.body).toContain('- make test\n- run the linter\n- check the model card');
  });
});

describe('the β repair', () => {
  test('leaves a page in Greek alone and gives its draft the page’s language', async () => {
    const draft = await importIntoTemp(`${fixtures}/greek-page.html`);
    expect(draft.frontmatter.lang).toBe('el');
    expect(draft.body).toContain('ο συντελεστής β της παλινδρόμησης');
    expect(Object.values(draft.result.conversion.repairs).every((count) => count === 0)).toBe(true);
  });

  test('leaves a single β in a formula alone', async () => {
    const draft = await importIntoTemp(`${fixtures}/beta-in-a-formula.txt`);
    expect(draft.body).toContain(
      'In every run the β coefficient was positive, and the fitted line was y = α + β x with β close to one',
    );
    expect(draft.result.conversion.repairs['Greek β for a quote or apostrophe']).toBe(0);
  });

  test('gives an English page no lang', async () => {
    expect((await importIntoTemp(`${fixtures}/mdx-hazards.html`)).frontmatter).not.toHaveProperty('lang');
  });
});

test('flags likely machine-written text for the editor and marks nothing itself', async () => {
  const draft = await importIntoTemp(`${fixtures}/machine-reply.txt`);
  const flags = draft.result.conversion.flags.filter((flag) => flag.name === 'possibly machine-written');
  expect(flags.map((flag) => flag.detail)).toEqual([
    expect.stringContaining('"I asked my “team” which is built using"'),
    expect.stringContaining('"As an AI language model"'),
  ]);
  expect(draft.result.report).toContain('[possibly machine-written]');
  expect(Object.keys(draft.frontmatter).sort()).toEqual([
    'addedHeadings',
    'draft',
    'kind',
    'order',
    'removed',
    'shortTitle',
    'source',
    'title',
  ]);
  expect(draft.body).toContain('I asked my “team” which is built using OpenAI’s API, and here is what it said:');
});

test('keeps the saved page unchanged and writes beside it the lines extraction read', async () => {
  const draft = await importIntoTemp(`${fixtures}/alt-text-lists-and-code.html`);
  expect((await readFile(draft.result.sourceFile)).equals(await readFile(`${fixtures}/alt-text-lists-and-code.html`))).toBe(true);
  const lines = (await readFile(`${draft.result.sourceFile}.lines.txt`, 'utf8')).split('\n');
  expect(lines.slice(0, 9)).toEqual([
    expect.stringMatching(/^The suite runs on any machine/),
    'make test',
    'run the linter',
    'check the model card',
    'make test',
    'make lint',
    '',
    'The suite at the end of a run, with every check passed.',
    'a terminal running make test',
  ]);
  expect(await readdir(join(draft.contentDir, 'sources'))).toEqual([
    'alt-text-lists-and-code.html',
    'alt-text-lists-and-code.html.lines.txt',
  ]);
});

test('the lines beside a saved page mark, in the source view, exactly the lines the import removed', async () => {
  const draft = await importIntoTemp(`${fixtures}/alt-text-lists-and-code.html`);
  const marked = markSource(
    await readFile(`${draft.result.sourceFile}.lines.txt`, 'utf8'),
    (draft.frontmatter.removed as RemovedEntry[]).map(removedLine),
  );
  expect(marked.filter((line) => line.removed).map((line) => [line.number, line.runs.map((run) => run.text).join('')])).toEqual(
    draft.result.conversion.removed.map((line) => [line.n, line.text]),
  );
});

test('imports a saved fragment that has no <html> element', async () => {
  const dir = await tempContentDir();
  const paragraph =
    'A saved fragment holds only the article: no html element, no head and no body, which is how some tools save a selection.';
  await writeFile(
    join(dir, 'fragment.html'),
    `<article><h2>A Fragment</h2><p>${paragraph}</p><p>${paragraph} Twice.</p></article>`,
  );
  const draft = await importIntoTemp(join(dir, 'fragment.html'), { contentDir: join(dir, 'content') });
  expect(shownText(page(draft))).toContain(paragraph);
});

test('a saved page’s mojibake is repaired in the draft and marked as a repair in the source view', async () => {
  const dir = await tempContentDir();
  const garbled =
    'Itâ€™s the maintainersâ€™ time that open models cost, more than the compute that trained them, and nobody budgets for it.';
  await writeFile(
    join(dir, 'garbled.html'),
    `<!doctype html><html lang="en"><head><title>Who Pays</title></head><body><article><p>${garbled}</p><p>${garbled}</p></article></body></html>`,
  );
  const draft = await importIntoTemp(join(dir, 'garbled.html'), { contentDir: join(dir, 'content') });
  expect(draft.body).toContain('It’s the maintainers’ time that open models cost');
  const lines = await readFile(`${draft.result.sourceFile}.lines.txt`, 'utf8');
  expect(lines.split('\n')[0]).toBe(garbled);
  expect(
    countRepairs(markSource(lines, (draft.frontmatter.removed as RemovedEntry[]).map(removedLine))).repaired,
  ).toBeGreaterThan(0);
});
