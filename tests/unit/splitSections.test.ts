import { describe, expect, test } from 'vitest';
import { splitSections } from '../../src/lib/essay/splitSections.ts';

describe('splitSections', () => {
  test('gives each h2 and h3 the id Astro gives it and its paragraphs as the page shows them', () => {
    const body = [
      '## Why It’s Important',
      '',
      'First **bold** line',
      'continues here.',
      '',
      '### A question?',
      '',
      'Answer.',
    ].join('\n');
    expect(splitSections(body)).toEqual([
      { id: 'why-its-important', depth: 2, title: 'Why It’s Important', paragraphs: ['First bold line continues here.'] },
      { id: 'a-question', depth: 3, title: 'A question?', paragraphs: ['Answer.'] },
    ]);
  });

  test('makes each list item a paragraph of its own', () => {
    const [section] = splitSections('## List\n\n- One item.\n- Two item.\n');
    expect(section?.paragraphs).toEqual(['One item.', 'Two item.']);
  });

  test('leaves out our notes (byline, truncation) but keeps an inline mark as the page shows it', () => {
    const [section] = splitSections(
      '## Reply\n\n<Byline />\n\nText before.\n\n---\n\npoor dave <LostEmoji />\n\n<Truncated />\n',
    );
    expect(section?.paragraphs).toEqual(['Text before.', 'poor dave [an emoji lost in the source]']);
  });

  test('numbers repeated headings the way Astro does (-1, -2)', () => {
    const ids = splitSections('## Reply\n\nA\n\n## Reply\n\nB\n').map(({ id }) => id);
    expect(ids).toEqual(['reply', 'reply-1']);
  });

  test('keeps text before the first heading under an empty id', () => {
    expect(splitSections('Lead.\n\n## Next\n\nMore.')[0]).toMatchObject({ id: '', paragraphs: ['Lead.'] });
  });

  test('reads emphasis and code in a heading as their words, as the page shows them', () => {
    expect(splitSections('## Why *open* `weights` matter\n\nText.')[0]).toMatchObject({
      id: 'why-open-weights-matter',
      title: 'Why open weights matter',
    });
  });

  test('reads an entity in a heading as its character, with the id the page gives it', () => {
    expect(splitSections('## Tom &amp; Jerry\n\nText.')[0]).toMatchObject({ id: 'tom--jerry', title: 'Tom & Jerry' });
  });

  test('sees Setext headings', () => {
    expect(splitSections('Open weights\n============\n\nA.\n\nWhy it matters\n--------------\n\nB.\n')).toEqual([
      { id: '', depth: 1, title: '', paragraphs: ['Open weights', 'A.'] },
      { id: 'why-it-matters', depth: 2, title: 'Why it matters', paragraphs: ['B.'] },
    ]);
  });

  test('reads a block quote over several lines as one paragraph, without its markers', () => {
    expect(splitSections('## Q\n\n> Open models\n> help *science*.\n')[0]!.paragraphs).toEqual(['Open models help science.']);
  });

  test('reads inline code and emphasis in a paragraph as their words', () => {
    expect(splitSections('## Q\n\nRun `make test` and _then_ [ship](https://x.test).\n')[0]!.paragraphs).toEqual([
      'Run make test and then ship.',
    ]);
  });

  test('refuses a component with words inside it, naming the file and line, rather than cite words no one sees', () => {
    expect(() => splitSections('## Q\n\nText.\n\n<Truncated>hidden words</Truncated>\n', 'essays/e.mdx')).toThrow(
      'essays/e.mdx:5: <Truncated> takes no content: the words between <Truncated> and </Truncated> would not be shown',
    );
  });
});
