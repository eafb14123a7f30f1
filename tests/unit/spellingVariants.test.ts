import { expect, test } from 'vitest';
import { searchBothSpellings, spellingForms, spellingPairsIn, addWordsOf } from '../../src/lib/search/spellingVariants.ts';

const list = { licence: 'license', customise: 'customize', colour: 'color' };

test('keeps the pairs of which either spelling occurs in the text, British first', () => {
  expect(spellingPairsIn(addWordsOf('Read the License. You may Customise it.', new Set()), list)).toEqual([
    ['customise', 'customize'],
    ['licence', 'license'],
  ]);
});

test('writes a query in each spelling, and with both spellings of each folded word', () => {
  const pairs = spellingPairsIn(addWordsOf('licence customise', new Set()), list);
  expect(spellingForms('License to customise', pairs)).toEqual({
    british: 'licence to customise',
    american: 'license to customize',
    both: 'licence license to customise customize',
  });
  expect(spellingForms('open models', pairs)).toBeUndefined();
});

type Fake = { results: { id: string; score: number }[]; filters: Record<string, Record<string, number>> };
const index: Record<string, Fake> = {
  licence: {
    results: [
      { id: 'a', score: 2 },
      { id: 'b', score: 1 },
    ],
    filters: { kind: { Page: 1, Argument: 1 } },
  },
  license: {
    results: [
      { id: 'b', score: 3 },
      { id: 'c', score: 1 },
    ],
    filters: { kind: { Argument: 2 } },
  },
  'licence license': { results: [{ id: 'b', score: 4 }], filters: { kind: { Argument: 1 } } },
};
const fake = async (term: string | null) => index[term ?? ''] ?? { results: [], filters: {} };
const pairs = spellingPairsIn(addWordsOf('licence', new Set()), list);

test('a word in either spelling finds the records holding either, best score first, counted once', async () => {
  for (const word of ['licence', 'License']) {
    const found = await searchBothSpellings(fake, word, undefined, pairs);
    expect(found!.results.map(({ id }) => id)).toEqual(['b', 'a', 'c']);
    expect(found!.filters).toEqual({ kind: { Page: 1, Argument: 2 } });
  }
});

test('when the index holds one spelling only, its search stands', async () => {
  const found = await searchBothSpellings(
    fake,
    'customise',
    undefined,
    spellingPairsIn(addWordsOf('customise', new Set()), list),
  );
  expect(found).toEqual({ results: [], filters: {} });
});

test('a query of several words, and a blank one, are searched as they are', async () => {
  const seen: (string | null)[] = [];
  const spy = async (term: string | null) => (seen.push(term), { results: [], filters: {} });
  await searchBothSpellings(spy, 'what does the licence say', undefined, pairs);
  await searchBothSpellings(spy, null, undefined, pairs);
  expect(seen).toEqual(['what does the licence say', null]);
});

test('the words of a text come lowercased, letters only, accented ones whole, each once, added to what is there', () => {
  const words = addWordsOf('Open-weights: Café CUSTOMISE 2024, naïve! Open', new Set(['before']));
  expect([...words]).toEqual(['before', 'open', 'weights', 'café', 'customise', 'naïve']);
});
