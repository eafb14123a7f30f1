import { expect, test } from 'vitest';
import { countRepairs, markSource, markSourceLine } from '../../src/lib/source/markSource.ts';

test('leaves a clean line as one kept run', () => {
  expect(markSourceLine('Nothing garbled here.')).toEqual([{ text: 'Nothing garbled here.' }]);
});

test('marks each garbled quote with the curly quote the repair made of it', () => {
  expect(markSourceLine('my βteamβ uses OpenAIβs API')).toEqual([
    { text: 'my ' },
    { text: 'β', repairedTo: '\u201C' },
    { text: 'team' },
    { text: 'β', repairedTo: '\u201D' },
    { text: ' uses OpenAI' },
    { text: 'β', repairedTo: '\u2019' },
    { text: 's API' },
  ]);
});

test('marks a garbled emoji as dropped', () => {
  expect(markSourceLine('poor dave π€π')).toEqual([{ text: 'poor dave ' }, { text: 'π€π', repairedTo: '' }]);
});

test('marks removed lines, compared after repair and trimming, and numbers every line from 1', () => {
  const lines = markSource('Title\nKeep me\n  Login to reply \nItβs gone\n', ['Login to reply', 'It’s gone']);
  expect(lines.map(({ number, removed }) => [number, removed])).toEqual([
    [1, false],
    [2, false],
    [3, true],
    [4, true],
  ]);
});

test('counts restored characters apart from dropped emoji', () => {
  expect(countRepairs(markSource('a βquoteβ π€π\nnone\nππ', []))).toEqual({ repaired: 2, dropped: 2 });
});

test('marks a line garbled in a family it has no runs for as one repaired run, never as kept', () => {
  expect(markSourceLine('Itâ€™s fine')).toEqual([{ text: 'Itâ€™s fine', repairedTo: 'It’s fine' }]);
});

test('keeps a removed line where the essay keeps it too, removing only its repeats', () => {
  const lines = markSource('Heading\nText\nHeading\nfrom Canva', ['Heading', 'from Canva'], ['Heading', 'Text']);
  expect(lines.map(({ number, removed }) => [number, removed])).toEqual([
    [1, false],
    [2, false],
    [3, true],
    [4, true],
  ]);
});

test('counts a kept copy used up by an occurrence that differs only in quote marks, removing the later repeat', () => {
  const lines = markSource("It’s a heading\nIt's a heading", ["It's a heading"], ['It’s a heading']);
  expect(lines.map(({ removed }) => removed)).toEqual([false, true]);
});
