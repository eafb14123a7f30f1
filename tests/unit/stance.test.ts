import { expect, test } from 'vitest';
import { countByStance, groupByStance, groupEveryStance, stanceCountLabel } from '../../src/lib/model/stance.ts';

const items = [
  { id: 'a', stance: 'against' as const },
  { id: 'b', stance: 'for' as const },
  { id: 'c', stance: 'against' as const },
];

test('counts every stance, with zero for a stance no argument takes', () => {
  expect(countByStance(items)).toEqual({ for: 1, against: 2, 'middle-ground': 0 });
});

test('groups in the order for, against, middle ground and leaves out empty groups', () => {
  expect(groupByStance(items).map((group) => [group.stance, group.items.map(({ id }) => id)])).toEqual([
    ['for', ['b']],
    ['against', ['a', 'c']],
  ]);
});

test('groupEveryStance keeps a group for every stance, empty when no item takes it', () => {
  expect(groupEveryStance(items).map((group) => [group.stance, group.items.length])).toEqual([
    ['for', 1],
    ['against', 2],
    ['middle-ground', 0],
  ]);
});

test('stance counts say "arguments", in the singular for one', () => {
  expect(stanceCountLabel('for', 3)).toBe('3 arguments for');
  expect(stanceCountLabel('against', 1)).toBe('1 argument against');
  expect(stanceCountLabel('middle-ground', 0)).toBe('0 middle-ground arguments');
  expect(stanceCountLabel('middle-ground', 1)).toBe('1 middle-ground argument');
});
