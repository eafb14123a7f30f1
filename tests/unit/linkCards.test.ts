import { expect, test } from 'vitest';
import { argumentCard, homeCard, topicCard } from '../../src/lib/cards/cardContent.ts';
import { cardLayout, cardSize, headlineSize, type CardNode } from '../../src/lib/cards/cardLayout.ts';
import { headersForPath } from '../../src/lib/host/headersFile.ts';
import { headerRules, revalidateCache } from '../../src/lib/host/responseHeaders.ts';
import { cardUrl } from '../../src/lib/page/routes.ts';

/** Every text in a layout, in reading order. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  return children === undefined ? [] : [children].flat().flatMap(texts);
}

test('cards live under /cards/, one per topic and argument and one for the home page, under the base path', () => {
  expect(cardUrl('home', '/')).toBe('/cards/home.png');
  expect(cardUrl({ topic: 'safety' }, '/sub/')).toBe('/sub/cards/topics/safety.png');
  expect(cardUrl({ argument: 'misuse-risk' }, '/')).toBe('/cards/arguments/misuse-risk.png');
});

test('an argument card shows the topic, the claim, the stance and the site name', () => {
  const card = argumentCard({ claim: 'Open weights let anyone check a model.', stance: 'for' }, 'Transparency');
  expect(texts(cardLayout(card))).toEqual([
    'Transparency · an argument',
    'Open weights let anyone check a model.',
    'For opening models',
    'Open Models Debate',
  ]);
});

test('a topic card names only the stances its arguments take, in the stance labels’ words', () => {
  const card = topicCard({ title: 'Safety', question: 'q?' }, [
    { stance: 'against' },
    { stance: 'middle-ground' },
    { stance: 'against' },
  ]);
  expect(card.footer).toBe('3 arguments: against and middle ground');
});

test("a topic card asks the topic's question and counts its arguments", () => {
  const card = topicCard({ title: 'Safety', question: 'Does opening AI models make them too easy to misuse?' }, [
    { stance: 'against' },
  ]);
  expect(texts(cardLayout(card))).toEqual([
    'Topic: Safety',
    'Does opening AI models make them too easy to misuse?',
    '1 argument: against',
    'Open Models Debate',
  ]);
});

test('the home card asks the site question above the topics and counts', () => {
  const card = homeCard(['Transparency', 'Safety'], { essays: 1000, arguments: 33 });
  expect(texts(cardLayout(card))).toEqual([
    'Transparency · Safety',
    'Should AI models be open source?',
    '33 arguments from 1,000 essays',
    'Open Models Debate',
  ]);
});

test("the stance colours the card's band, and a card without a stance takes the accent colour", () => {
  const against = cardLayout(argumentCard({ claim: 'x', stance: 'against' }, 'Safety'));
  const topic = cardLayout(
    topicCard({ title: 'Safety', question: 'x?' }, [{ stance: 'for' }, { stance: 'for' }, { stance: 'against' }]),
  );
  expect(against.props.style.borderLeft).toBe('28px solid #a4161a');
  expect(topic.props.style.borderLeft).toBe('28px solid #0b57a4');
  expect([against.props.style.width, against.props.style.height]).toEqual([cardSize.width, cardSize.height]);
});

test('the headline shrinks as it grows, so that a long claim still fits', () => {
  const sizes = [30, 70, 110, 140].map((length) => headlineSize('x'.repeat(length)));
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  expect(new Set(sizes).size).toBe(4);
});

test('_headers has the cards revalidated on each use, as their names do not change with their content', () => {
  const rules = headerRules(['cards/home.png', 'cards/topics/safety.png', 'index.html']);
  for (const path of ['/cards/home.png', '/cards/topics/safety.png']) {
    expect(headersForPath(rules, path)['Cache-Control'], path).toBe(revalidateCache);
  }
});
