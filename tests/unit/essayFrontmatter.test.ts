import { expect, test } from 'vitest';
import { essayFrontmatter } from '../../src/lib/essay/essayFrontmatter.ts';

const essay = {
  title: 'Un essai',
  shortTitle: 'Essai',
  kind: 'article',
  source: '001_x.html',
  order: 1,
  draft: true,
};

test('accepts a BCP 47 language tag in lang, and an essay without one', () => {
  expect(essayFrontmatter.parse({ ...essay, lang: 'fr' }).lang).toBe('fr');
  expect(essayFrontmatter.parse({ ...essay, lang: 'pt-BR' }).lang).toBe('pt-BR');
  expect(essayFrontmatter.parse(essay).lang).toBeUndefined();
});

test('refuses a lang that is not a language tag, saying what it expects', () => {
  const result = essayFrontmatter.safeParse({ ...essay, lang: 'French!' });
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
    'lang: lang must be a BCP 47 language tag, like de or pt-BR; omit it for English',
  ]);
});
