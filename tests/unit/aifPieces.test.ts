import { expect, test } from 'vitest';
import { aifPieces } from '../../src/lib/debate/aifPieces.ts';
import type { AifGraph } from '../../src/lib/debate/debateAif.ts';

// A quote supporting a claim through an RA node, said by one essay: the smallest graph the site writes.
const parts = {
  participants: [{ participantID: 'essay:one', firstname: 'One', surname: '' }],
  nodes: [
    { nodeID: 'I:claim', text: 'A claim.', type: 'I' },
    { nodeID: 'I:quote', text: 'The “quoted” words.', type: 'I' },
    { nodeID: 'RA:1', text: 'Default Inference', type: 'RA' },
    { nodeID: 'L:1', text: 'One: The “quoted” words.', type: 'L' },
    { nodeID: 'YA:1', text: 'Asserting', type: 'YA' },
  ],
  edges: [
    { edgeID: 'e1', fromID: 'I:quote', toID: 'RA:1', formEdgeID: null },
    { edgeID: 'e2', fromID: 'RA:1', toID: 'I:claim', formEdgeID: null },
    { edgeID: 'e3', fromID: 'L:1', toID: 'YA:1', formEdgeID: null },
    { edgeID: 'e4', fromID: 'YA:1', toID: 'I:quote', formEdgeID: null },
  ],
  locutions: [{ nodeID: 'L:1', personID: 'essay:one', timestamp: null, start: null, end: null, source: '/essays/one/#a' }],
};

const lazy = (graph: typeof parts): AifGraph => ({
  participants: graph.participants,
  *nodes() {
    yield* graph.nodes;
  },
  *edges() {
    yield* graph.edges;
  },
  *locutions() {
    yield* graph.locutions;
  },
});

const text = async (graph: AifGraph) => (await Array.fromAsync(aifPieces(graph))).join('');

test('a graph is written as JSON.stringify writes it, nodes, edges, locutions, then participants', async () => {
  const { participants, ...rest } = parts;
  expect(await text(lazy(parts))).toBe(`${JSON.stringify({ ...rest, participants }, null, 2)}\n`);
});

test('a graph that breaks the schema or the graph rules fails once written, naming every problem', async () => {
  const broken = {
    ...parts,
    nodes: [...parts.nodes, { nodeID: 'Z:1', text: '', type: 'Z' }],
    edges: [...parts.edges, { edgeID: 'e5', fromID: 'I:claim', toID: 'I:quote', formEdgeID: null }],
    locutions: [...parts.locutions, { ...parts.locutions[0]!, personID: 'essay:ghost' }],
  };
  const failure = await text(lazy(broken)).catch((error: Error) => error.message);
  expect(failure).toMatch(/^debate\.aif\.json breaks the AIF schema \(4 problem\(s\)\):/);
  expect(failure).toContain('- /nodes/5/text: must NOT have fewer than 1 characters');
  expect(failure).toContain('- /nodes/5/type: must be equal to one of the allowed values');
  expect(failure).toContain('- edge e5: two I-nodes may not be joined directly; expected an S-node between.');
  expect(failure).toContain('- locution L:1: expected a participant, found essay:ghost.');
});

test('a graph with no node fails', async () => {
  const failure = await text(lazy({ ...parts, nodes: [], edges: [], locutions: [] })).catch((error: Error) => error.message);
  expect(failure).toContain('/nodes: must NOT have fewer than 1 items');
});
