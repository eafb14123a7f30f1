import { describe, expect, test } from 'vitest';
import { markdownToPlainText, splitSections } from '../../src/lib/splitSections.ts';

describe('splitSections', () => {
  test('gives each h2 and h3 its github-slugger id and its paragraphs as plain text', () => {
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

  test('drops MDX component lines and thematic breaks, which are not the authors’ words', () => {
    const [section] = splitSections('## Reply\n\n<Byline />\n\nText before.\n\n---\n\npoor dave <LostEmoji />\n');
    expect(section?.paragraphs).toEqual(['Text before.', 'poor dave']);
  });

  test('numbers repeated headings the way Astro does (-1, -2)', () => {
    const ids = splitSections('## Reply\n\nA\n\n## Reply\n\nB\n').map(({ id }) => id);
    expect(ids).toEqual(['reply', 'reply-1']);
  });

  test('keeps text before the first heading under an empty id', () => {
    expect(splitSections('Lead.\n\n## Next\n\nMore.')[0]).toMatchObject({ id: '', paragraphs: ['Lead.'] });
  });
});

describe('markdownToPlainText', () => {
  test('removes emphasis, list markers, links and escapes', () => {
    expect(markdownToPlainText('- **Bold** and [a link](https://x.test) \\*star')).toBe('Bold and a link *star');
  });
});
