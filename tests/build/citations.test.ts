import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/normalizeForMatch.ts';
import { readPage, select, selectAll, textOf } from '../support/builtSite.ts';
import { argumentUrl, sectionUrl, topicUrl } from '../../src/lib/routes.ts';
import { citedEssays, readArgumentFiles, readEssayFiles, readTopicFiles } from '../support/content.ts';
import { parseTextDirective } from '../support/textFragment.ts';

const topics = (await readTopicFiles()).map(({ id }) => id);
const essays = await readEssayFiles();
const args = await readArgumentFiles();
const stances = ['for', 'against', 'middle-ground'];

describe.each(topics)('the %s topic page', (topic) => {
  test('links every citation to a section of the essay whose rendered text contains the quote', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    const citations = selectAll('.argument .citation', page);
    expect(citations.length).toBeGreaterThan(4);
    for (const citation of citations) {
      const quote = normalizeForMatch(textOf(select('blockquote', citation)!));
      const href = String(select('a[data-citation]', citation)!.properties.href);
      const [, essayPath, section] = href.match(/^(\/essays\/[^/]+\/)#([^:]+):~:text=(.+)$/)!;
      const essay = await readPage(essayPath!);
      const cited = select(`[data-section="${section}"]`, essay);
      expect(cited, href).toBeDefined();
      expect(normalizeForMatch(textOf(cited!))).toContain(quote);
      // The text fragment's terms are the quote's first and last words (textFragments.test.ts checks what they mark).
      const { start, end } = parseTextDirective(href);
      expect(quote.startsWith(normalizeForMatch(start))).toBe(true);
      expect(quote.endsWith(normalizeForMatch(end ?? start))).toBe(true);
    }
  });

  test('shows every stance group, each argument as a section whose heading id is the argument id', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    const groups = selectAll('.stance-group', page);
    expect(groups.map((group) => String(select('h2', group)!.properties.id))).toEqual(stances);
    for (const [index, group] of groups.entries()) {
      const expected = args.filter((arg) => arg.topic === topic && arg.stance === stances[index]).map(({ id }) => id);
      expect(selectAll('.argument', group).map((argument) => argument.properties.dataArgument)).toEqual(expected);
      // A stance no essay argues still has its group, saying so in one sentence.
      expect(selectAll('.empty-stance', group)).toHaveLength(expected.length === 0 ? 1 : 0);
      if (expected.length === 0) expect(textOf(select('.empty-stance', group)!)).toMatch(/^No essay .+\.$/);
    }
    for (const argument of selectAll('.argument', page)) {
      expect(select('h3', argument)!.properties.id).toBe(argument.properties.dataArgument);
      expect(textOf(select('.explanation', argument)!).length).toBeGreaterThan(20);
    }
  });

  test('shows at most three quotes per argument, from different essays where it can, and links to all of them', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    for (const argument of selectAll('.argument', page)) {
      const arg = args.find(({ id }) => id === argument.properties.dataArgument)!;
      const essayCount = citedEssays(arg, essays).length;
      const shownEssays = selectAll('.citation a[data-citation]', argument).map((a) =>
        String(a.properties.href).replace(/#.*/, ''),
      );
      expect(shownEssays.length).toBe(Math.min(3, arg.citations.length));
      expect(new Set(shownEssays).size).toBe(Math.min(3, essayCount));
      const all = select('.all-quotes a', argument)!;
      expect(all.properties.href).toBe(argumentUrl(arg.id, '/'));
      expect(textOf(all)).toMatch(new RegExp(`^Made by ${essayCount} essays?: all quotes`));
    }
  });

  test('has a "Where the essays stand" table: one row per argument with its essay count and first essays', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    const table = select('.stance-table', page)!;
    // The columns are fixed, whatever the number of essays.
    expect(selectAll('thead th', table).map(textOf)).toEqual(['Argument', 'Essays', 'Made by']);
    const rows = selectAll('tbody tr', table);
    expect(rows.map((row) => row.properties.dataArgument)).toEqual(
      selectAll('.argument', page).map((argument) => argument.properties.dataArgument),
    );
    for (const row of rows) {
      const arg = args.find(({ id }) => id === row.properties.dataArgument)!;
      const made = citedEssays(arg, essays);
      expect(textOf(select('.essay-count', row)!)).toBe(String(made.length));
      const named = selectAll('.made-by a', row).map((a) => String(a.properties.href));
      const first = made.slice(0, 3).map(({ id }) => `/essays/${id}/`);
      expect(named.slice(0, first.length).map((href) => href.replace(/#.*/, ''))).toEqual(first);
      expect(named.length).toBe(first.length + (made.length > 3 ? 1 : 0));
    }
  });

  test('lists its stance groups and arguments under "On this page"', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    const targets = selectAll('.toc a', page).map((a) => String(a.properties.href));
    const headings = selectAll('article :is(h2, h3)[id]', page).map((h) => `#${h.properties.id}`);
    expect(targets).toEqual(headings);
  });
});

test('the home page shows each topic with its argument counts by stance, each linking to its stance group', async () => {
  const home = await readPage('/');
  const cards = selectAll('.card', home);
  expect(cards).toHaveLength(topics.length);
  for (const card of cards) {
    const topic = String(select('a', card)!.properties.href).match(/topics\/([^/]+)\//)![1]!;
    const pills = selectAll('.counts a', card);
    expect(pills.map((a) => a.properties.href)).toEqual(stances.map((stance) => sectionUrl(topicUrl(topic, '/'), stance)));
    pills.forEach((pill, index) => {
      const count = args.filter((arg) => arg.topic === topic && arg.stance === stances[index]).length;
      const [, number, noun, stance] = textOf(pill).match(/^(\d+) (arguments?) (for|against|in between) on /)!;
      expect(Number(number)).toBe(count);
      expect(noun).toBe(count === 1 ? 'argument' : 'arguments');
      expect(stance).toBe(['for', 'against', 'in between'][index]);
    });
  }
});

test('topic pages link to the previous and next topic', async () => {
  const safety = await readPage('/topics/safety/');
  expect(selectAll('.prev-next a', safety).map((a) => a.properties.rel)).toEqual([['prev'], ['next']]);
});
