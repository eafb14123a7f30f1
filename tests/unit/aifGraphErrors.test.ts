import { expect, test } from 'vitest';
import { aifGraphErrors } from '../../src/lib/debate/aifSchema.ts';

// A quote supporting a claim through an RA node, said by one essay: the smallest graph the site writes.
const graph = {
  nodes: [
    { nodeID: 'I:claim', type: 'I' },
    { nodeID: 'I:quote', type: 'I' },
    { nodeID: 'RA:1', type: 'RA' },
    { nodeID: 'L:1', type: 'L' },
    { nodeID: 'YA:1', type: 'YA' },
  ],
  edges: [
    { edgeID: 'e1', fromID: 'I:quote', toID: 'RA:1' },
    { edgeID: 'e2', fromID: 'RA:1', toID: 'I:claim' },
    { edgeID: 'e3', fromID: 'L:1', toID: 'YA:1' },
    { edgeID: 'e4', fromID: 'YA:1', toID: 'I:quote' },
  ],
  locutions: [{ nodeID: 'L:1', personID: 'essay:one' }],
  participants: [{ participantID: 'essay:one' }],
};

test('a well-formed graph has no problem', () => {
  expect(aifGraphErrors(graph)).toEqual([]);
});

test('a scheme node needs a premise and a conclusion', () => {
  const noConclusion = { ...graph, edges: graph.edges.filter(({ edgeID }) => edgeID !== 'e2') };
  expect(aifGraphErrors(noConclusion)).toEqual(['node RA:1 (RA): expected at least one premise and one conclusion.']);
  const noPremise = { ...graph, edges: graph.edges.filter(({ edgeID }) => edgeID !== 'e1') };
  expect(aifGraphErrors(noPremise)).toEqual(['node RA:1 (RA): expected at least one premise and one conclusion.']);
});

test('repeated node ids, loose edge ends, and locutions without an L-node or a participant are named', () => {
  const broken = {
    nodes: [...graph.nodes, { nodeID: 'I:claim', type: 'I' }],
    edges: [...graph.edges, { edgeID: 'e5', fromID: 'I:quote', toID: 'nowhere' }],
    locutions: [...graph.locutions, { nodeID: 'I:claim', personID: 'essay:ghost' }],
    participants: graph.participants,
  };
  expect(aifGraphErrors(broken)).toEqual([
    'nodes: expected every nodeID to be unique.',
    'edge e5: expected both ends to be nodes, found I:quote → nowhere.',
    'locution I:claim: expected an L-node.',
    'locution I:claim: expected a participant, found essay:ghost.',
  ]);
});
