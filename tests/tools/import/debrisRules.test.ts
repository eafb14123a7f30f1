import { expect, test } from 'vitest';
import { compileRules, loadRules, matchRule } from '../../../src/lib/source/debrisRules.ts';

const rules = await loadRules();
const ruleFor = (line: string, kind: 'article' | 'forum-thread' = 'article') => matchRule(line, rules, kind)?.rule.name;

test.each([
  ['from Canva', 'image credit'],
  ['Images are by Canva.com', 'image credit'],
  ['Featured Image', 'image label'],
  ['responsible open source ai development', 'image alt text (a short lowercase line without punctuation)'],
  ['Share on Facebook', 'share buttons'],
  ['Posted in AI, Policy | Tagged open source', 'categories and tags'],
  ['Leave a Reply', 'comment form'],
  ['Your email address will not be published. Required fields are marked *', 'comment form'],
  ['Sign up for our newsletter and never miss a post', 'newsletter prompt'],
  ['Copyright 2024 Example Media', 'copyright line'],
  ['This website uses cookies to give you the best experience.', 'cookie notice'],
  ['« Previous Post', 'previous and next post links'],
  ['Read more about: Should Facial Recognition Be Banned in Schools?', 'link to another article'],
  ['You May Also Like', 'related posts'],
  ['Recent Posts', 'sidebar heading'],
  ['Contact Us', 'site menu'],
  ['Published on 2024-05-01', 'publication date'],
])('removes "%s" by the rule "%s"', (line, rule) => {
  expect(ruleFor(line)).toBe(rule);
});

test('keeps sentences that merely start like furniture', () => {
  for (const line of [
    'Copyright law was not written with model weights in mind.',
    'Posted in 2019, the paper changed the debate.',
    'By doing so, you help guarantee that the democratization of AI benefits society as a whole.',
    'Share the load: open models spread the cost of research.',
  ]) {
    expect(ruleFor(line), line).toBeUndefined();
  }
});

test('bylines and dates give their values to the frontmatter', () => {
  expect(matchRule('By Jane Doe | June 3, 2024', rules, 'article')?.groups).toEqual({
    author: 'Jane Doe',
    published: 'June 3, 2024',
  });
  expect(matchRule('Replies (3)', rules, 'forum-thread')?.groups).toEqual({ replies: '3' });
});

test('rules limited to one kind apply only to it', () => {
  expect(ruleFor('poor dave', 'forum-thread')).toBeUndefined();
  expect(ruleFor('Reply | Quote', 'forum-thread')).toBe('forum post buttons');
  expect(ruleFor('Reply | Quote', 'article')).toBeUndefined();
});

test('possible debris is flagged, not removed', () => {
  expect(matchRule('Advertisement', rules, 'article')?.rule.action).toBe('flag');
  expect(matchRule('Photo: a data centre at night', rules, 'article')?.rule.action).toBe('flag');
});

test('a bad rule fails with the file, the rule and the field named', () => {
  expect(() => compileRules({ remove: [{ name: 'broken', pattern: '(' }] }, 'rules.yaml')).toThrow(
    /^rules\.yaml: remove\[0\] \("broken"\)\.pattern: expected a valid regular expression/,
  );
  expect(() => compileRules({ remove: [{ name: 'both', line: 'a', pattern: 'b' }] }, 'rules.yaml')).toThrow(
    'rules.yaml: remove[0] ("both").line: expected exactly one of line or pattern',
  );
  expect(() => compileRules({ flag: [{ name: 'x', line: 'x', kinds: ['blog'] }] }, 'rules.yaml')).toThrow(
    'rules.yaml: flag[0] ("x").kinds: expected a list of "article" and/or "forum-thread", found ["blog"]',
  );
  expect(() => compileRules({ remove: [{ line: 'x' }] }, 'rules.yaml')).toThrow(
    'rules.yaml: remove[0].name: expected a non-empty string',
  );
  expect(() => compileRules({ delete: [] }, 'rules.yaml')).toThrow('rules.yaml: unknown key "delete", expected remove or flag');
});

test('a line rule matches the whole line, ignoring case, quotes and spacing', () => {
  const [rule] = compileRules({ remove: [{ name: 'motto', line: 'Don’t  panic' }] }, 'rules.yaml');
  expect(matchRule("don't panic", [rule!], 'article')?.rule.name).toBe('motto');
  expect(matchRule("Don't panic today", [rule!], 'article')).toBeUndefined();
});

test('reads lists, tables, quotes and code only where a rule names them, and each input only if the rule reads it', () => {
  const inList = { context: 'list', format: 'html' } as const;
  expect(matchRule('make test', rules, 'article', { context: 'list', format: 'text' })).toBeUndefined();
  expect(matchRule('Contact Us', rules, 'article', inList)).toBeUndefined();
  expect(matchRule('Share on Twitter', rules, 'article', inList)?.rule.name).toBe('share buttons');
  expect(matchRule('Share on Twitter', rules, 'article', { context: 'code', format: 'html' })).toBeUndefined();
  expect(
    matchRule('responsible open source ai development', rules, 'article', { context: 'text', format: 'html' }),
  ).toBeUndefined();
});

test('names the rule and the field when within or from is not a list it knows', () => {
  expect(() => compileRules({ remove: [{ name: 'x', line: 'x', within: ['sidebar'] }] }, 'rules.yaml')).toThrow(
    'rules.yaml: remove[0] ("x").within: expected a list of list, table, blockquote, code, found ["sidebar"]',
  );
  expect(() => compileRules({ remove: [{ name: 'x', line: 'x', from: ['pdf'] }] }, 'rules.yaml')).toThrow(
    'rules.yaml: remove[0] ("x").from: expected a list of "text" and/or "html", found ["pdf"]',
  );
});
