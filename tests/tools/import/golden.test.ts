import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/essay/splitFrontmatter.ts';
import { splitSections } from '../../../src/lib/essay/splitSections.ts';
import { removedLine, type RemovedEntry } from '../../../src/lib/source/removalReasons.ts';
import { headingsOf, importIntoTemp, sentencesOf, removeTempDirs } from '../../support/importDraft.ts';

afterAll(removeTempDirs);

/**
 * Where a committed essay differs from what the importer makes of its source because a person made
 * a judgement, by name: the importer's report must flag each one. Fields only a person writes
 * (description, shortTitle) and placement (order, source file name) are not compared.
 */
interface Judgement {
  /** The importer's flag that points a person at it. */
  flag: string;
  /** Headings the editors added beyond the importer's. */
  addedHeadings?: string[];
  /** The title the editors wrote when the source has none. */
  title?: string;
}

const golden: { essay: string; judgements: Record<string, Judgement> }[] = [
  { essay: 'deep-learning-models-public', judgements: {} },
  { essay: 'open-source-ai-forum-thread', judgements: {} },
  {
    essay: 'democratizing-ai-open-source',
    judgements: {
      'editorial title': { flag: 'no title', title: 'How Open-Source AI Models Democratize Access' },
      'editorial section headings': {
        flag: 'long section',
        addedHeadings: ['Access and responsibility', 'Technical challenges', 'Benefits of openness', 'A balanced perspective'],
      },
    },
  },
];

/** Body text as sentences, in order: every paragraph and list item, with headings and components left out. */
const bodySentences = (body: string) => splitSections(body).flatMap((section) => section.paragraphs.flatMap(sentencesOf));
/** MDX component lines (<Byline />, <LostEmoji />, <Truncated />), in order. */
const components = (body: string) => [...body.matchAll(/<[A-Z]\w*[^>]*\/>/g)].map((match) => match[0]);

describe.each(golden)('importing the source of $essay', ({ essay, judgements }) => {
  const committed = readFile(`content/essays/${essay}.mdx`, 'utf8').then(splitFrontmatter);
  const imported = committed.then(({ frontmatter }) =>
    importIntoTemp(`content/sources/${parse(frontmatter).source}`, { slug: essay }),
  );
  const named = Object.values(judgements);
  const editorialHeadings = new Set(named.flatMap((judgement) => judgement.addedHeadings ?? []));

  test('reproduces the committed headings in order, but for the editors’ named additions', async () => {
    const { body } = await committed;
    const expected = headingsOf(body).filter((heading) => !editorialHeadings.has(heading.replace(/^#+ /, '')));
    expect(headingsOf((await imported).body)).toEqual(expected);
  });

  test('reproduces the committed frontmatter: title, kind, removed lines, added headings', async () => {
    const data = parse((await committed).frontmatter);
    const { frontmatter } = await imported;
    const editorialTitle = named.find((judgement) => judgement.title);
    expect(editorialTitle?.title ?? frontmatter.title).toBe(data.title);
    expect(frontmatter.editorialTitle ?? false).toBe(data.editorialTitle ?? false);
    expect(frontmatter.kind).toBe(data.kind);
    // The lines; the committed essay adds editors' reasons, the importer its own for structural removals.
    expect((frontmatter.removed as RemovedEntry[]).map(removedLine)).toEqual(data.removed.map(removedLine));
    expect(frontmatter.addedHeadings).toEqual(data.addedHeadings.filter((heading: string) => !editorialHeadings.has(heading)));
    expect(frontmatter.draft).toBe(true);
  });

  test('reproduces the committed body text sentence by sentence, and its components', async () => {
    const { body } = await committed;
    expect(bodySentences((await imported).body)).toEqual(bodySentences(body));
    expect(components((await imported).body)).toEqual(components(body));
  });

  test('flags in its report every judgement the editors made differently', async () => {
    const flags = (await imported).result.conversion.flags.map((flag) => flag.name);
    for (const [name, judgement] of Object.entries(judgements)) expect(flags, name).toContain(judgement.flag);
    expect((await imported).result.report).toContain('Flagged for a person to check');
  });
});
