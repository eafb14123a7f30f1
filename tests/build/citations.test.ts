import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { argumentUrl, sectionUrl, topicUrl } from '../../src/lib/page/routes.ts';
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

  test('shows every stance group, each argument as a compact unit whose heading id is the argument id', async () => {
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
      const arg = args.find(({ id }) => id === argument.properties.dataArgument)!;
      expect(select('h3', argument)!.properties.id).toBe(arg.id);
      // The explanation lives on the argument's own page; the unit is claim, stance, count and one quote.
      expect(textOf(argument)).not.toContain(arg.explanation);
    }
  });

  test('prints each claim once: no contents entry or table row repeats it', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    // What a sighted reader sees: labels for screen readers (the heading link's name) are not printed.
    const article = structuredClone(select('article', page)!);
    for (const label of selectAll('.sr-only', article)) label.children = [];
    const text = textOf(article);
    for (const arg of args.filter((arg) => arg.topic === topic)) {
      expect(text.split(arg.claim).length - 1, arg.id).toBe(1);
    }
  });

  test('shows each argument with its first quote, and links to all its quotes saying how many essays make it', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    for (const argument of selectAll('.argument', page)) {
      const arg = args.find(({ id }) => id === argument.properties.dataArgument)!;
      const essayCount = citedEssays(arg, essays).length;
      const shown = selectAll('.citation blockquote', argument).map(textOf);
      expect(shown).toEqual([arg.citations[0]!.quote]);
      const all = select('.argument-meta a', argument)!;
      expect(all.properties.href).toBe(argumentUrl(arg.id, '/'));
      const quotes = arg.citations.length;
      expect(textOf(all)).toBe(
        `${quotes === 1 ? '' : 'All '}${quotes} ${quotes === 1 ? 'quote' : 'quotes'} from ${essayCount} ${essayCount === 1 ? 'essay' : 'essays'}`,
      );
    }
  });

  test('pictures where the essays stand: per essay, how many of the topic’s arguments of each stance it makes', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    const grid = select('.stance-grid', page)!;
    expect(selectAll('thead th a', grid).map((a) => a.properties.href)).toEqual(stances.map((stance) => `#${stance}`));
    const topicArgs = args.filter((arg) => arg.topic === topic);
    const making = essays.filter((essay) => topicArgs.some((arg) => arg.citations.some((c) => c.essay === essay.id)));
    const rows = selectAll('tbody tr', grid);
    expect(rows.map((row) => textOf(select('th', row)!))).toEqual(
      making.slice(0, 5).map((essay) => essay.frontmatter.shortTitle),
    );
    for (const [index, row] of rows.entries()) {
      const essay = making[index]!;
      const counts = stances.map(
        (stance) => topicArgs.filter((arg) => arg.stance === stance && arg.citations.some((c) => c.essay === essay.id)).length,
      );
      expect(selectAll('td .count', row).map(textOf)).toEqual(counts.map(String));
      expect(selectAll('td', row).map((cell) => selectAll('.dot', cell).length)).toEqual(counts);
    }
    const totals = stances.map((stance) => topicArgs.filter((arg) => arg.stance === stance).length);
    expect(selectAll('tfoot td', grid).map(textOf)).toEqual(totals.map(String));
  });

  test('lists its stance groups under "On this page", not its claims', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    const targets = selectAll('.toc a', page).map((a) => String(a.properties.href));
    const headings = selectAll('article h2[id]', page).map((h) => `#${h.properties.id}`);
    expect(targets).toEqual(headings);
  });
});

test('the home page shows each topic with its argument counts by stance, each non-empty one linking to its stance group', async () => {
  const home = await readPage('/');
  const cards = selectAll('.card', home);
  expect(cards).toHaveLength(topics.length);
  for (const card of cards) {
    const topic = String(select('a', card)!.properties.href).match(/topics\/([^/]+)\//)![1]!;
    const pills = selectAll('.counts .pill', card);
    expect(pills).toHaveLength(stances.length);
    pills.forEach((pill, index) => {
      const count = args.filter((arg) => arg.topic === topic && arg.stance === stances[index]).length;
      // An empty group is a count, not a link.
      expect(pill.tagName).toBe(count ? 'a' : 'span');
      if (count) expect(pill.properties.href).toBe(sectionUrl(topicUrl(topic, '/'), stances[index]!));
      const [, number, label] = textOf(pill).match(/^(\d+) (.*) on /)!;
      expect(Number(number)).toBe(count);
      const noun = count === 1 ? 'argument' : 'arguments';
      expect(label).toBe([`${noun} for`, `${noun} against`, `middle-ground ${noun}`][index]);
    });
  }
});

test('topic pages link to the previous and next topic', async () => {
  const safety = await readPage('/topics/safety/');
  expect(selectAll('.prev-next a', safety).map((a) => a.properties.rel)).toEqual([['prev'], ['next']]);
});
