import { expect, test } from 'vitest';
import { topicGraph, type GraphArgument } from '../../src/lib/map/topicGraph.ts';
import { topicMapDot, wrapLabel } from '../../src/lib/map/topicMapDot.ts';

const argument = (id: string, topic: string, stance: GraphArgument['stance']): GraphArgument => ({
  id,
  topic,
  stance,
  label: `the "${id}" label`,
  claim: `Claim of ${id}.`,
});
const byId = new Map(
  [
    argument('misuse', 'safety', 'against'),
    argument('rules', 'safety', 'middle-ground'),
    argument('lonely', 'safety', 'for'),
    argument('progress', 'sustainability', 'for'),
    argument('upkeep', 'sustainability', 'against'),
  ].map((node) => [node.id, node]),
);
const relations = [
  { from: 'rules', to: 'misuse', kind: 'qualifies' as const },
  { from: 'misuse', to: 'progress', kind: 'qualifies' as const },
  { from: 'progress', to: 'upkeep', kind: 'rebuts' as const },
];

test('a topic’s graph has every argument of the topic, then the other topics’ arguments its relations reach, and only its relations', () => {
  const graph = topicGraph('safety', byId, relations);
  expect(graph.nodes.map(({ id, outside }) => [id, outside])).toEqual([
    ['misuse', false],
    ['rules', false],
    ['lonely', false],
    ['progress', true],
  ]);
  expect(graph.edges).toEqual(relations.slice(0, 2));
});

test('wraps a label at spaces into lines of about the given width', () => {
  expect(wrapLabel('access controls and monitoring', 12)).toEqual(['access', 'controls and', 'monitoring']);
  expect(wrapLabel('unbreakablewordlongerthanwidth', 12)).toEqual(['unbreakablewordlongerthanwidth']);
});

test('writes DOT with a linked, classed node per argument and an arrowhead and line per kind, quotes escaped', () => {
  const dot = topicMapDot(topicGraph('safety', byId, relations), (id) => `/arguments/${id}/`);
  expect(dot).toContain('"misuse" [id="map-misuse", class="stance-against", label="the \\"misuse\\"" + "\\n" + "label"');
  expect(dot).toContain('href="/arguments/misuse/", tooltip="Claim of misuse."');
  expect(dot).toContain('class="stance-for outside"');
  expect(dot).toContain('"rules" -> "misuse" [class="kind-qualifies", arrowhead=odiamond, style=dashed];');
  expect(dot).not.toContain('"progress" -> "upkeep"');
});
