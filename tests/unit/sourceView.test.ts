import { expect, test } from 'vitest';
import { markSource } from '../../src/lib/source/markSource.ts';
import { countSourceMarks, describeRepair, isBlankLine, summarizeSource } from '../../src/lib/source/sourceView.ts';

test('counts removed lines, repaired characters and dropped emoji, not counting repairs inside removed lines', () => {
  const lines = markSource('a βquoteβ π€π\n\nItβs gone\nkeep', ['It’s gone']);
  expect(countSourceMarks(lines)).toEqual({ removed: 1, repaired: 2, dropped: 1 });
});

test('sums up the counts in one sentence, leaving out what the cleanup did none of', () => {
  expect(summarizeSource({ removed: 11, repaired: 0, dropped: 0 })).toBe('11 lines were removed as scrape debris.');
  expect(summarizeSource({ removed: 0, repaired: 0, dropped: 0 })).toBe('The cleanup removed and repaired nothing.');
  expect(summarizeSource({ removed: 1, repaired: 1, dropped: 3 })).toBe(
    '1 line was removed as scrape debris, 1 garbled character was repaired and 3 emoji were garbled beyond repair and dropped.',
  );
});

test('says what each garbled character was and what it became', () => {
  expect(describeRepair({ text: 'β', repairedTo: '’' })).toBe('β became ’ (an apostrophe or closing single quote)');
  expect(describeRepair({ text: 'β', repairedTo: '“' })).toBe('β became “ (an opening double quote)');
  expect(describeRepair({ text: 'π€π', repairedTo: '' })).toBe('π€π was an emoji the scrape garbled beyond repair: dropped');
  expect(describeRepair({ text: 'Itâ€™s', repairedTo: 'It’s' })).toBe('Itâ€™s became It’s');
});

test('refuses to describe a run that was not repaired', () => {
  expect(() => describeRepair({ text: 'kept' })).toThrow('describeRepair: the run "kept" was not repaired.');
});

test('treats a line of spaces as blank, and a line with any character as not', () => {
  expect(isBlankLine([{ text: '   ' }])).toBe(true);
  expect(isBlankLine([])).toBe(true);
  expect(isBlankLine([{ text: ' x ' }])).toBe(false);
});
