import { expect, test } from 'vitest';
import {
  argumentOnTopicUrl,
  pagePath,
  argumentPageUrl,
  argumentUrl,
  essayUrl,
  essaysIndexUrl,
  sectionUrl,
  sitePath,
  topicUrl,
} from '../../src/lib/page/routes.ts';

test('builds page URLs under the root and under a base path', () => {
  expect(topicUrl('safety', '/')).toBe('/topics/safety/');
  expect(essayUrl('an-essay', '/sub/')).toBe('/sub/essays/an-essay/');
  expect(argumentUrl('misuse-risk', '/sub')).toBe('/sub/arguments/misuse-risk/');
  expect(argumentOnTopicUrl('safety', 'misuse-risk', '/')).toBe('/topics/safety/#misuse-risk');
  expect(sectionUrl('/essays/x/', 'intro')).toBe('/essays/x/#intro');
});

test('the essays index puts no number on its first page and numbers the others', () => {
  expect(essaysIndexUrl(1, undefined, '/')).toBe('/essays/');
  expect(essaysIndexUrl(undefined, undefined, '/')).toBe('/essays/');
  expect(essaysIndexUrl(3, undefined, '/sub/')).toBe('/sub/essays/3/');
});

test('a filtered essays index lives under /essays/kind/ or /essays/topic/, paginated the same way', () => {
  expect(essaysIndexUrl(1, { kind: 'forum-thread' }, '/')).toBe('/essays/kind/forum-thread/');
  expect(essaysIndexUrl(2, { kind: 'article' }, '/')).toBe('/essays/kind/article/2/');
  expect(essaysIndexUrl(1, { topic: 'safety' }, '/sub/')).toBe('/sub/essays/topic/safety/');
  expect(essaysIndexUrl(4, { topic: 'safety' }, '/')).toBe('/essays/topic/safety/4/');
});

test('an argument page puts no number on its first page and numbers the others', () => {
  expect(argumentPageUrl('misuse-risk', 1, '/')).toBe('/arguments/misuse-risk/');
  expect(argumentPageUrl('misuse-risk', 2, '/sub/')).toBe('/sub/arguments/misuse-risk/2/');
});

test('serves a directory index at its folder and other files as they are', () => {
  expect(pagePath('index.html')).toBe('/');
  expect(pagePath('essays/x/index.html')).toBe('/essays/x/');
  expect(pagePath('404.html')).toBe('/404.html');
});

test('puts the base path in front and accepts Windows separators', () => {
  expect(pagePath('topics\\safety\\index.html', '/open-models-debate/')).toBe('/open-models-debate/topics/safety/');
});

test('takes the base path off a served path, and leaves a path outside it alone', () => {
  expect(sitePath('/open-models-debate/essays/x/', '/open-models-debate/')).toBe('/essays/x/');
  expect(sitePath('/open-models-debate/', '/open-models-debate')).toBe('/');
  expect(sitePath('/topics/safety/', '/')).toBe('/topics/safety/');
  expect(sitePath('/elsewhere/', '/open-models-debate/')).toBe('/elsewhere/');
});
