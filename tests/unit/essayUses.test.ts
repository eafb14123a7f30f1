import { readFile } from 'node:fs/promises';
import { globSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { essayUses, renderedHeadingIds } from '../support/essayUses.ts';

// Every essay the site has and every fixture essay, the broken ones included.
const files = [...globSync('content/essays/*.mdx'), ...globSync('tests/fixtures/*/essays/*.mdx')].sort();

describe('loading and the page read every essay the same way', () => {
  test('there are essays to check: the three real ones and the fixtures', () => {
    expect(globSync('content/essays/*.mdx').length).toBeGreaterThanOrEqual(3);
    expect(files.filter((file) => file.startsWith('tests/fixtures/')).length).toBeGreaterThanOrEqual(6);
  });

  test.each(files)('%s: the same section ids, headings and text, or the same error', async (file) => {
    const raw = await readFile(file, 'utf8');
    const { validation, page } = essayUses(raw, file);
    expect(validation).toEqual(page);
    if (!('error' in validation)) {
      expect(validation.filter((section) => section.id).map((section) => section.id)).toEqual(renderedHeadingIds(raw, file));
    }
  });
});
