import { expect, test } from 'vitest';
import { decodeAnsweredBy, encodeAnsweredBy } from '../../src/lib/search/answeredByMeta.ts';

test('the answers an argument record carries come back as they went in, in order', () => {
  const entries = [
    { id: 'guarded-deployment', label: 'access controls and monitoring' },
    { id: 'hybrid-release', label: 'a hybrid release; with "quotes"' },
  ];
  expect(decodeAnsweredBy(encodeAnsweredBy(entries))).toEqual(entries);
  expect(decodeAnsweredBy(encodeAnsweredBy([]))).toEqual([]);
});

test('anything but [argument id, label] pairs is dropped, so a result can link only argument pages', () => {
  expect(decodeAnsweredBy(undefined)).toEqual([]);
  expect(decodeAnsweredBy('not json')).toEqual([]);
  expect(decodeAnsweredBy('{"id":"x","label":"y"}')).toEqual([]);
  expect(
    decodeAnsweredBy(
      JSON.stringify([
        ['javascript:alert(1)', 'bad'],
        ['../../etc', 'bad'],
        ['ok-id', '   '],
        ['ok-id', 7],
        ['ok-id'],
        'guarded-deployment',
        ['Guarded', 'upper case is not an id'],
        ['fine-id', ' a label '],
      ]),
    ),
  ).toEqual([{ id: 'fine-id', label: 'a label' }]);
});
