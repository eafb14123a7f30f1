import { describe, expect, test } from 'vitest';
import {
  createSearch,
  meaningCandidates,
  offTopicOffers,
  type MeaningEngine,
  type MeaningMatch,
  type PagefindSearch,
  type WordEngine,
} from '../../src/lib/search/createSearch.ts';
import type { PagefindFilters } from '../../src/lib/search/searchFilters.ts';
import { queryWords } from '../../src/lib/search/searchWords.ts';

// The search's decisions driven by two fakes: a word engine that behaves as Pagefind does where the
// decisions depend on it (every known word required, unknown words left out, a term matching the
// words it starts, filters counted over the results) and a meaning engine that returns the ranking
// each test gives it.

interface FakeRecord {
  id: string;
  text: string;
  filters: Record<string, string>;
}

const argument = (id: string, stance: string, text: string): FakeRecord => ({
  id,
  text,
  filters: { kind: 'Argument', argument: id, stance },
});
const passage = (id: string, text: string): FakeRecord => ({ id, text, filters: { kind: 'Essay passage' } });
const overview = (id: string, text: string): FakeRecord => ({ id, text, filters: { kind: 'Topic overview' } });

/** A small site: "open" and "models" are on every record, as on the real one. */
const site: FakeRecord[] = [
  argument('misuse', 'against', 'open models make misuse and hacking easier'),
  argument('licence-terms', 'middle', 'open models come with licence terms for commercial use'),
  argument('upkeep', 'for', 'open models need maintenance and a funded community'),
  argument('inspection', 'for', 'open models let anyone inspect the code'),
  passage('misuse-passage', 'open models raise misuse and security risks'),
  passage('licence-passage', 'open models save licence fees'),
  passage('upkeep-passage', 'open models need maintenance'),
  overview('safety', 'safety of open models'),
  overview('licensing', 'licensing open models and electricity'),
];

function fakePagefind(records: FakeRecord[]) {
  const calls: { term: string | null; filters?: PagefindFilters }[] = [];
  const passes = (record: FakeRecord, filters: PagefindFilters = {}) =>
    Object.entries(filters).every(([group, { any }]) => any.includes(record.filters[group] ?? ''));
  const matches = (record: FakeRecord, word: string) => queryWords(record.text).filter((w) => w.startsWith(word)).length;
  const counted = (found: FakeRecord[]) => {
    const filters: Record<string, Record<string, number>> = {};
    for (const record of found)
      for (const [group, value] of Object.entries(record.filters)) {
        filters[group] ??= {};
        filters[group][value] = (filters[group][value] ?? 0) + 1;
      }
    return filters;
  };
  // Its excerpt marks the words the search matched, as Pagefind's does.
  const result = (record: FakeRecord, score: number, marked: readonly string[] = []) => ({
    id: record.id,
    score,
    data: async () => ({
      url: `/${record.id}/`,
      excerpt: record.text.replace(/\w+/g, (word) =>
        marked.some((term) => word.startsWith(term)) ? `<mark>${word}</mark>` : word,
      ),
      meta: { title: record.id },
      sub_results: [],
    }),
  });
  const engine: WordEngine = {
    async search(term, options) {
      calls.push({ term, filters: options?.filters });
      const allowed = records.filter((record) => passes(record, options?.filters));
      if (term === null) return { results: allowed.map((record) => result(record, 1)), filters: counted(allowed) };
      // Pagefind leaves out a word no record holds, and requires every other.
      const known = queryWords(term).filter((word) => records.some((record) => matches(record, word)));
      const found = known.length ? allowed.filter((record) => known.every((word) => matches(record, word))) : [];
      const scored = found
        .map((record) =>
          result(
            record,
            known.reduce((sum, word) => sum + matches(record, word), 0),
            known,
          ),
        )
        .sort((a, b) => b.score - a.score);
      return { results: scored, filters: counted(found) } satisfies PagefindSearch;
    },
    async filters() {
      return counted(records);
    },
  };
  return { engine, calls };
}

function fakeMeaning(rankings: Record<string, string[]> = {}, coverage = 1) {
  const fetched: string[][] = [];
  const ranked: string[] = [];
  const engine: MeaningEngine = {
    async fetchWords(words) {
      fetched.push([...words]);
    },
    async rank(text) {
      ranked.push(text);
      return (rankings[text] ?? []).map((id, i): MeaningMatch => ({ id, score: 1 - i / 10 }));
    },
    async coverage() {
      return coverage;
    },
  };
  return { engine, fetched, ranked };
}

function searchOver(rankings: Record<string, string[]> = {}, coverage = 1) {
  const pagefind = fakePagefind(site);
  const meaning = fakeMeaning(rankings, coverage);
  return { search: createSearch({ pagefind: pagefind.engine, meaning: meaning.engine }), pagefind, meaning };
}

const ids = (outcome: { results: { id: string }[] } | null) => outcome?.results.map(({ id }) => id);

describe('question or keyword', () => {
  test('a keyword that matches whole stands as the word engine ranks it, and meaning is never asked', async () => {
    const { search, meaning } = searchOver({ misuse: ['upkeep'] });
    const outcome = await search.runSearch('misuse', {});
    expect(ids(outcome)).toEqual(['misuse', 'misuse-passage']);
    expect(outcome?.closestIds).toEqual([]);
    expect(meaning.fetched).toEqual([]);
    expect(meaning.ranked).toEqual([]);
  });

  test('a short query with a stop word is a question: its vectors are fetched and meaning joins the results', async () => {
    const { search, meaning } = searchOver({ 'is misuse likely': ['upkeep', 'misuse'] });
    const outcome = await search.runSearch('is misuse likely', {});
    expect(meaning.fetched[0]).toContain('misuse');
    expect(meaning.ranked).toEqual(['is misuse likely']);
    expect(ids(outcome)).toContain('upkeep');
    expect(outcome?.byMeaning).toEqual(new Set(['upkeep']));
  });
});

describe('narrowing', () => {
  test('a query with a word no record holds is narrowed to the words the index knows, and says so', async () => {
    const { search } = searchOver();
    const outcome = await search.runSearch('misuse blorft', {});
    expect(outcome?.narrowed).toBe('misuse');
    expect(outcome?.anyWord).toBeUndefined();
    expect(ids(outcome)).toEqual(['misuse', 'misuse-passage']);
    expect(outcome?.highlight).toEqual(['misuse']);
  });

  test('two distinctive words no record holds together are searched one by one, rarer matches first', async () => {
    const { search } = searchOver();
    const outcome = await search.runSearch('hacking licence', {});
    expect(outcome?.anyWord).toBe(true);
    expect(outcome?.narrowed).toBe('hacking licence');
    // "hacking" is on one record, "licence" on two: the rarer word's record leads.
    expect(ids(outcome)).toEqual(['misuse', 'licence-terms', 'licence-passage']);
  });

  test('a query none of whose words any record holds finds nothing', async () => {
    const { search } = searchOver();
    expect(ids(await search.runSearch('blorft', {}))).toEqual([]);
  });
});

describe('off-topic questions', () => {
  test('a question no essay or argument covers is offered the few arguments closest in meaning, marked as such', async () => {
    const closest = ['upkeep', 'misuse', 'licence-terms', 'inspection'];
    const { search } = searchOver({ 'electricity bills': closest });
    const outcome = await search.runSearch('electricity bills', {});
    expect(outcome?.offTopic).toBe(true);
    expect(ids(outcome)).toEqual(closest.slice(0, offTopicOffers));
    expect(outcome?.byMeaning).toEqual(new Set(closest.slice(0, offTopicOffers)));
    expect(outcome?.narrowed).toBeUndefined();
  });

  test('the offers are a fixed few that the filters narrow, never swap for others', async () => {
    const { search } = searchOver({ 'electricity bills': ['upkeep', 'misuse', 'licence-terms', 'inspection'] });
    const outcome = await search.runSearch('electricity bills', { stance: { any: ['for'] } });
    expect(ids(outcome)).toEqual(['upkeep']);
  });
});

describe('fusion', () => {
  const question = 'how is misuse of models prevented';

  test('the closest arguments join the word results; those no word found are marked as placed by meaning', async () => {
    const ranking = ['upkeep', 'misuse', 'inspection', 'licence-terms'];
    const { search } = searchOver({ [question]: ranking });
    const outcome = await search.runSearch(question, {});
    expect(outcome?.closestIds).toEqual(ranking.slice(0, meaningCandidates));
    expect(ids(outcome)?.[0]).toBe('misuse');
    expect(ids(outcome)).toEqual(expect.arrayContaining(['misuse-passage', 'upkeep', 'inspection', 'licence-terms']));
    expect(outcome?.byMeaning).toEqual(new Set(['upkeep', 'inspection', 'licence-terms']));
  });

  test('meaning that understood none of the question counts for nothing: the word results keep their lead', async () => {
    const { search } = searchOver({ [question]: ['upkeep', 'inspection'] }, 0);
    const outcome = await search.runSearch(question, {});
    expect(ids(outcome)?.slice(0, 2)).toEqual(['misuse', 'misuse-passage']);
  });

  test('a search the reader has typed past returns the word results without waiting for meaning', async () => {
    const { search, meaning } = searchOver({ [question]: ['upkeep'] });
    const outcome = await search.runSearch(question, {}, { stillWanted: () => false });
    expect(ids(outcome)).toEqual(['misuse', 'misuse-passage']);
    expect(meaning.ranked).toEqual([]);
  });

  test('a question the vectors cannot place at all keeps the word results alone', async () => {
    const { search } = searchOver();
    const outcome = await search.runSearch(question, {});
    expect(ids(outcome)).toEqual(['misuse', 'misuse-passage']);
    expect(outcome?.closestIds).toEqual([]);
  });
});

describe('blank queries and failures', () => {
  test('a blank query lists nothing, unless asked to browse what the filters allow', async () => {
    const { search, pagefind } = searchOver();
    expect(ids(await search.runSearch('  ', {}))).toEqual([]);
    expect(pagefind.calls).toEqual([]);
    expect(ids(await search.runSearch('', { kind: { any: ['Argument'] } }, { browse: true }))).toEqual([
      'misuse',
      'licence-terms',
      'upkeep',
      'inspection',
    ]);
  });

  test('no answer from the word engine is no outcome', async () => {
    const meaning = fakeMeaning();
    const silent: WordEngine = { search: async () => null, filters: async () => ({}) };
    expect(await createSearch({ pagefind: silent, meaning: meaning.engine }).runSearch('misuse', {})).toBeNull();
  });

  test("a word's record count is searched once, however many searches need it", async () => {
    const { search, pagefind } = searchOver();
    await search.runSearch('misuse', {});
    await search.runSearch('misuse', { kind: { any: ['Argument'] } });
    expect(pagefind.calls.filter(({ term, filters }) => term === 'misuse' && filters === undefined)).toHaveLength(1);
  });
});

describe('filter counts', () => {
  test("a keyword search's counts are the word engine's own, under the other groups' choices", async () => {
    const { search } = searchOver();
    const outcome = (await search.runSearch('misuse', {}))!;
    expect(await search.groupCounts(outcome, 'kind', {}, ['Argument', 'Essay passage'])).toEqual({
      Argument: 1,
      'Essay passage': 1,
    });
  });

  test('a question joined by meaning is searched again with each box ticked, so each count is what ticking it shows', async () => {
    const question = 'how is misuse of models prevented';
    const { search } = searchOver({ [question]: ['upkeep', 'inspection'] });
    const outcome = (await search.runSearch(question, {}))!;
    const counts = await search.groupCounts(outcome, 'kind', {}, ['Argument', 'Essay passage', 'Topic overview']);
    expect(counts).toEqual({ Argument: 3, 'Essay passage': 1, 'Topic overview': 0 });
    for (const [value, count] of Object.entries(counts)) {
      expect((await search.runSearch(question, { kind: { any: [value] } }, { browse: true }))?.results).toHaveLength(count);
    }
  });

  test('every filter value in the index is listed with its count', async () => {
    const { search } = searchOver();
    expect((await search.allFilters()).kind).toEqual({ Argument: 4, 'Essay passage': 3, 'Topic overview': 2 });
  });
});

describe('spelling', () => {
  test('meaning reads the query as meaningText gives it, and its words are counted too', async () => {
    const pagefind = fakePagefind(site);
    const meaning = fakeMeaning({ 'how do i customize it': ['upkeep'] });
    const search = createSearch({
      pagefind: pagefind.engine,
      meaning: meaning.engine,
      meaningText: (term) => term.replace('customise', 'customize'),
    });
    const outcome = await search.runSearch('how do i customise it', {});
    expect(meaning.ranked).toEqual(['how do i customize it']);
    expect(pagefind.calls.some(({ term }) => term === 'customize')).toBe(true);
    expect(ids(outcome)).toEqual(['upkeep']);
  });
});

describe('help when nothing is found', () => {
  test("close terms come from the excerpts of an unknown word's longest known prefix", async () => {
    const { search } = searchOver();
    expect(await search.closeTerms('licencing')).toEqual(['licence']);
  });

  test('the topic overviews are listed by title', async () => {
    const { search } = searchOver();
    expect(await search.topicPages()).toEqual([
      { url: '/safety/', title: 'safety' },
      { url: '/licensing/', title: 'licensing' },
    ]);
  });
});
