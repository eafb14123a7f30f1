import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import {
  essayParagraphs,
  uncitedParagraphs,
  type CoverageExclusion,
  type EssayParagraph,
} from '../../src/lib/debate/uncitedParagraphs.ts';
import { readArgumentFiles, readEssayFiles, readTopicFiles } from '../support/content.ts';

// Drafts are exempt: readEssayFiles reads published essays only.
const essays = await readEssayFiles();
const args = await readArgumentFiles();
const topics = await readTopicFiles();
const exclusions: CoverageExclusion[] = parse(await readFile('content/coverage-exclusions.yaml', 'utf8'));

const paragraphs = essayParagraphs(essays);
const brief = ({ essay, section, normalized }: EssayParagraph) => ({ essay, section, text: normalized });

test('every paragraph and list item of the essays is cited by an argument or excluded with a reason', () => {
  expect(uncitedParagraphs(paragraphs, args, exclusions).map(brief)).toEqual([]);
});

test('every exclusion matches exactly one paragraph, is not also cited, and gives a reason', () => {
  for (const exclusion of exclusions) {
    const matches = paragraphs.filter(
      (p) =>
        p.essay === exclusion.essay &&
        p.section === exclusion.section &&
        p.normalized.startsWith(normalizeForMatch(exclusion.startsWith)),
    );
    expect(matches, `exclusion "${exclusion.startsWith}"`).toHaveLength(1);
    const cited = args.some((arg) =>
      arg.citations.some((c) => c.essay === exclusion.essay && matches[0]!.normalized.includes(normalizeForMatch(c.quote))),
    );
    expect(cited, `exclusion "${exclusion.startsWith}" is also cited`).toBe(false);
    expect(exclusion.reason.length).toBeGreaterThan(15);
  }
});

test('each topic has arguments, every essay makes one, and the arguments span all three stances', () => {
  expect(new Set(args.map((arg) => arg.topic))).toEqual(new Set(topics.map(({ id }) => id)));
  const citing = new Set(args.flatMap((arg) => arg.citations.map((c) => c.essay)));
  expect(essays.filter(({ id }) => !citing.has(id)).map(({ id }) => id)).toEqual([]);
  expect(new Set(args.map((arg) => arg.stance))).toEqual(new Set(['for', 'against', 'middle-ground']));
});
