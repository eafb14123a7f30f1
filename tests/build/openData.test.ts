import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { readEssayFiles, readTopicFiles } from '../support/content.ts';
import { basePath, paths, siteOrigin } from '../../scripts/lib/paths.ts';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { aboutUrl, argumentUrl, debateDataUrl, debateSchemaUrl, essayUrl, topicUrl } from '../../src/lib/page/routes.ts';

interface DebateJson {
  $schema: string;
  topics: { id: string; title: string; url: string }[];
  essays: { id: string; title: string; shortTitle: string; kind: string; url: string }[];
  arguments: {
    id: string;
    claim: string;
    stance: string;
    topic: string;
    explanation: string;
    url: string;
    citations: { essay: string; section: string; quote: string; url: string; voice: string }[];
  }[];
}

const readJson = async (site: string, file: string) => JSON.parse(await readFile(`${site}/${file}`, 'utf8')) as unknown;
const data = (await readJson(paths.site, 'debate.json')) as DebateJson;
const schema = (await readJson(paths.site, 'debate.schema.json')) as object;
const stanceIds: Record<string, string> = { For: 'for', Against: 'against', 'Middle ground': 'middle-ground' };

describe('the debate as open data', () => {
  test('validates against its JSON Schema, in the default build and in a build that knows its address', async () => {
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const located = (await readJson(paths.baseSite, 'debate.json')) as DebateJson;
    expect(validate(located), JSON.stringify(validate.errors)).toBe(true);
    // With SITE_URL every address is absolute; without, a path from the site root.
    expect(located.$schema).toBe(`${siteOrigin}${basePath}debate.schema.json`);
    expect(
      located.arguments
        .flatMap((arg) => [arg.url, ...arg.citations.map((c) => c.url)])
        .every((url) => url.startsWith(`${siteOrigin}${basePath}`)),
    ).toBe(true);
    expect(data.$schema).toBe('/debate.schema.json');
  });

  test('holds every topic and every essay the site publishes, with their pages’ titles', async () => {
    expect(data.topics.map((topic) => [topic.id, topic.url])).toEqual(
      (await readTopicFiles()).map((topic) => [topic.id, topicUrl(topic.id, '/')]),
    );
    const essays = await readEssayFiles();
    expect(data.essays.map((essay) => essay.id)).toEqual(essays.map((essay) => essay.id));
    for (const essay of data.essays) {
      expect(essay.url).toBe(essayUrl(essay.id, '/'));
      expect(textOf(select('h1', await readPage(essay.url))!)).toBe(essay.title);
    }
  });

  test('holds every argument the topic pages show, with its claim, stance and topic, and its page’s explanation', async () => {
    const shown = [];
    for (const topic of data.topics) {
      for (const article of selectAll('article[data-argument]', await readPage(topic.url))) {
        shown.push({
          id: String(article.properties.dataArgument),
          claim: textOf(select('h3', article)!),
          stance: stanceIds[textOf(select('.badge', article)!)],
          topic: topic.id,
        });
      }
    }
    const held = data.arguments.map(({ id, claim, stance, topic }) => ({ id, claim, stance, topic }));
    expect(held.sort((a, b) => a.id.localeCompare(b.id))).toEqual(shown.sort((a, b) => a.id.localeCompare(b.id)));
    for (const arg of data.arguments) {
      expect(arg.url).toBe(argumentUrl(arg.id, '/'));
      expect(textOf(select('.explanation', await readPage(arg.url))!)).toBe(arg.explanation.replace(/\s+/g, ' ').trim());
    }
  });

  test('holds every citation the argument pages show, with its exact link and its voice', async () => {
    for (const arg of data.arguments) {
      const figures = selectAll('.essay-citations figure.citation', await readPage(arg.url));
      const shown = figures.map((figure) => ({
        quote: normalizeForMatch(textOf(select('blockquote', figure)!)),
        url: String(select('a[data-citation]', figure)!.properties.href),
        machine: select('.voice-label', figure) !== undefined,
      }));
      const held = arg.citations.map((citation) => ({
        quote: normalizeForMatch(citation.quote),
        url: citation.url,
        machine: citation.voice === 'machine',
      }));
      expect(held.sort((a, b) => a.url.localeCompare(b.url))).toEqual(shown.sort((a, b) => a.url.localeCompare(b.url)));
      for (const citation of arg.citations)
        expect(citation.url.startsWith(`${essayUrl(citation.essay, '/')}#${citation.section}`)).toBe(true);
    }
  });

  test('marks as a language model’s voice exactly the citations of the sections the essays declare so', async () => {
    const essays = await readEssayFiles();
    const machine = new Set(
      essays.flatMap((essay) =>
        (essay.frontmatter.voices ?? []).filter((v) => v.speaker === 'machine').map((v) => `${essay.id}#${v.section}`),
      ),
    );
    const citations = data.arguments.flatMap((arg) => arg.citations);
    expect(citations.filter((c) => c.voice === 'machine').length).toBeGreaterThan(0);
    for (const citation of citations)
      expect(citation.voice === 'machine').toBe(machine.has(`${citation.essay}#${citation.section}`));
  });

  test('is linked, with its schema, from the about page', async () => {
    const hrefs = selectAll('main a', await readPage(aboutUrl('/'))).map((a) => a.properties.href);
    expect(hrefs).toContain(debateDataUrl('/'));
    expect(hrefs).toContain(debateSchemaUrl('/'));
  });
});
