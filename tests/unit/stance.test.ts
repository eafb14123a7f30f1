import { expect, test } from 'vitest';
import { countByStance, groupByStance } from '../../src/lib/stance.ts';

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
