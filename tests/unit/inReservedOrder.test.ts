import { expect, test } from 'vitest';
import { inReservedOrder } from '../../src/lib/search/inReservedOrder.ts';

test('delivers items in the order their places were taken, each as soon as every place before it is filled', () => {
  const delivered: string[] = [];
  const order = inReservedOrder<string>((item) => delivered.push(item));
  const [first, second, third, fourth] = [order.reserve(), order.reserve(), order.reserve(), order.reserve()];
  third!('c');
  second!('b');
  expect(delivered).toEqual([]);
  expect(order.unfilled()).toBe(2);
  first!('a');
  expect(delivered).toEqual(['a', 'b', 'c']);
  expect(order.unfilled()).toBe(1);
  fourth!('d');
  expect(delivered).toEqual(['a', 'b', 'c', 'd']);
  expect(order.unfilled()).toBe(0);
});

test('a place filled with nothing lets the places after it through and delivers nothing itself', () => {
  const delivered: number[] = [];
  const order = inReservedOrder<number>((item) => delivered.push(item));
  const [first, second] = [order.reserve(), order.reserve()];
  second!(2);
  first!();
  expect(delivered).toEqual([2]);
  expect(order.unfilled()).toBe(0);
});

test('a place cannot be filled twice', () => {
  const order = inReservedOrder<number>(() => undefined);
  const place = order.reserve();
  place(1);
  expect(() => place(2)).toThrow(/place 0 was filled twice/);
});
