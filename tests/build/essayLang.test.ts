import { expect, test } from 'vitest';
import { readPage, select } from '../../scripts/lib/builtSite.ts';
import { paths } from '../../scripts/lib/paths.ts';

test('an essay with lang in its frontmatter carries it on the essay, so screen readers read it in that language', async () => {
  // tests/fixtures/draft-essay/essays/draft-essay.mdx says `lang: en-GB`; the review build renders it.
  const page = await readPage('/essays/draft-essay/', paths.draftReviewSite);
  expect(select('article.essay', page)?.properties.lang).toBe('en-GB');
});

test('an essay without lang leaves the page’s own language in force', async () => {
  const page = await readPage('/essays/open-source-ai-forum-thread/');
  expect(select('article.essay', page)?.properties.lang).toBeUndefined();
});
