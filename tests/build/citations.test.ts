import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/normalizeForMatch.ts';
import { readPage, select, selectAll, textOf } from '../support/builtSite.ts';
import { topicUrl } from '../../src/lib/routes.ts';
import { parseTextDirective } from '../support/textFragment.ts';

const topics = ['transparency', 'safety', 'licensing', 'sustainability'];

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

  test('shows every argument as a section whose heading id is the argument id, in stance groups', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    const groups = selectAll('.stance-group', page).map((group) => String(select('h2', group)!.properties.id));
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(groups.every((id) => ['for', 'against', 'middle-ground'].includes(id))).toBe(true);
    for (const argument of selectAll('.argument', page)) {
      expect(select('h3', argument)!.properties.id).toBe(argument.properties.dataArgument);
      expect(textOf(select('.explanation', argument)!).length).toBeGreaterThan(20);
    }
  });

  test('has a "Where the essays stand" table with one row per argument and a column per essay', async () => {
    const page = await readPage(topicUrl(topic, '/'));
    const table = select('.stance-table', page)!;
    expect(selectAll('thead th', table)).toHaveLength(4);
    expect(selectAll('tbody tr', table)).toHaveLength(selectAll('.argument', page).length);
    expect(selectAll('tbody td a', table).length).toBeGreaterThanOrEqual(selectAll('tbody tr', table).length);
  });
});

test('the home page shows each topic with its counts of for, against and middle-ground arguments', async () => {
  const home = await readPage('/');
  const cards = selectAll('.card', home);
  expect(cards).toHaveLength(4);
  for (const card of cards) {
    const topic = String(select('a', card)!.properties.href).match(/topics\/([^/]+)\//)![1]!;
    const page = await readPage(topicUrl(topic, '/'));
    const count = (stance: string) => selectAll(`.argument .stance-${stance}`, page).length;
    expect(selectAll('.counts li', card).map(textOf)).toEqual([
      `${count('for')} for`,
      `${count('against')} against`,
      `${count('middle-ground')} middle ground`,
    ]);
  }
});

test('topic pages link to the previous and next topic', async () => {
  const safety = await readPage('/topics/safety/');
  expect(selectAll('.prev-next a', safety).map((a) => a.properties.rel)).toEqual([['prev'], ['next']]);
});
