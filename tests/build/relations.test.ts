import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { readArgumentFiles, readTopicFiles, writtenRelations } from '../support/content.ts';
import { argumentUrl, topicUrl } from '../../src/lib/page/routes.ts';

const args = await readArgumentFiles();
const topics = await readTopicFiles();
const relations = writtenRelations(args);
const byId = new Map(args.map((arg) => [arg.id, arg]));
const kindWords: Record<string, [string, string]> = {
  rebuts: ['rebuts this', 'rebutted by this'],
  qualifies: ['qualifies this', 'qualified by this'],
  supports: ['supports this', 'supported by this'],
};

test('the content holds at least 12 relations, one or more touching every topic, each with evidence or the editors’ mark', () => {
  expect(relations.length).toBeGreaterThanOrEqual(12);
  for (const topic of topics) {
    expect(relations.some(({ from, to }) => byId.get(from)!.topic === topic.id || byId.get(to)!.topic === topic.id)).toBe(true);
  }
  for (const relation of relations) expect(Boolean(relation.evidence) !== Boolean(relation.editorsPairing)).toBe(true);
});

describe.each(relations.map((relation) => [`${relation.from} ${relation.kind} ${relation.to}`, relation] as const))(
  'the relation %s',
  (_name, relation) => {
    const item = async (pageOf: string, direction: string) => {
      const page = await readPage(argumentUrl(pageOf, '/'));
      const section = select(`section[data-relations="${direction}"]`, page);
      expect(section, `${pageOf}: the "${direction}" section`).toBeTruthy();
      return select(`li[data-relation="${relation.from} ${relation.kind} ${relation.to}"]`, section!);
    };

    test('is on the answered argument’s page under “Answered by”, linking to the answering one, with its kind, note and evidence', async () => {
      const li = (await item(relation.to, 'answeredBy'))!;
      expect(li).toBeTruthy();
      const link = select('.other a', li)!;
      expect(link.properties.href).toBe(argumentUrl(relation.from, '/'));
      expect(textOf(link)).toBe(byId.get(relation.from)!.claim);
      expect(textOf(select('.kind', li)!)).toBe(kindWords[relation.kind]![0]);
      expect(textOf(select('.note', li)!)).toBe(relation.note);
      if (relation.evidence) {
        expect(normalizeForMatch(textOf(select('blockquote', li)!))).toBe(normalizeForMatch(relation.evidence.quote));
        expect(String(select('figcaption a', li)!.properties.href)).toMatch(
          new RegExp(`^/essays/${relation.evidence.essay}/#${relation.evidence.section}(:~:text=|$)`),
        );
      } else {
        expect(textOf(select('.editors', li)!)).toContain('Editors’ pairing');
      }
    });

    test('is on the answering argument’s page under “Answers”, linking back to the answered one', async () => {
      const li = (await item(relation.from, 'answers'))!;
      expect(li).toBeTruthy();
      const link = select('.other a', li)!;
      expect(link.properties.href).toBe(argumentUrl(relation.to, '/'));
      expect(textOf(select('.kind', li)!)).toBe(kindWords[relation.kind]![1]);
    });
  },
);

describe.each(topics.map((topic) => [topic.id] as const))('the topic page of %s', (topicId) => {
  test('says under each argument which arguments answer it, linking to each', async () => {
    const page = await readPage(topicUrl(topicId, '/'));
    for (const arg of args.filter((candidate) => candidate.topic === topicId)) {
      const unit = select(`article[data-argument="${arg.id}"]`, page)!;
      const answeredBy = relations.filter(({ to }) => to === arg.id);
      const line = select('.answered-by', unit);
      if (answeredBy.length === 0) {
        expect(line).toBeFalsy();
        continue;
      }
      expect(textOf(line!)).toMatch(new RegExp(`^Answered by ${answeredBy.length} arguments?:`));
      const named = (answeredBy.length > 2 ? [] : answeredBy).map(({ from }) => argumentUrl(from, '/'));
      const more = answeredBy.length > 2 ? [`${argumentUrl(arg.id, '/')}#answered-by`] : [];
      expect(selectAll('a', line!).map((a) => a.properties.href)).toEqual([...named, ...more]);
    }
  });

  test('draws a map whose nodes link to every argument of the topic and whose list names every relation touching it', async () => {
    const page = await readPage(topicUrl(topicId, '/'));
    const map = select('.topic-map', page)!;
    const svg = select('svg', map)!;
    const nodeLinks = selectAll('a', svg).map((a) => String(a.properties.xLinkHref ?? a.properties.href));
    for (const arg of args.filter((candidate) => candidate.topic === topicId)) {
      expect(nodeLinks).toContain(argumentUrl(arg.id, '/'));
    }
    const touching = relations.filter(({ from, to }) => byId.get(from)!.topic === topicId || byId.get(to)!.topic === topicId);
    expect(selectAll('details li', map)).toHaveLength(touching.length);
    expect(selectAll('g.edge', svg)).toHaveLength(touching.length);
    expect(select('script', map)).toBeFalsy();
  });
});
