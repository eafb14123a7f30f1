import { expect, test } from 'vitest';
import { templateOf } from '../support/samplePages.ts';

test('pages of a repeating template share its name, whatever their id or page number', () => {
  expect(templateOf('/essays/')).toBe('essays index');
  expect(templateOf('/essays/3/')).toBe('essays index');
  expect(templateOf('/essays/kind/article/')).toBe('essays index');
  expect(templateOf('/essays/topic/safety/2/')).toBe('essays index');
  expect(templateOf('/essays/some-essay/')).toBe('essay');
  expect(templateOf('/essays/some-essay/source/')).toBe('essay source');
  expect(templateOf('/arguments/misuse-risk/')).toBe('argument');
  expect(templateOf('/arguments/misuse-risk/2/')).toBe('argument');
  expect(templateOf('/topics/safety/')).toBe('topic');
});

test('a page of no repeating template is a template of its own', () => {
  expect(templateOf('/')).toBe('/');
  expect(templateOf('/about/')).toBe('/about/');
  expect(templateOf('/404.html')).toBe('/404.html');
});
