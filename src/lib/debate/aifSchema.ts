/**
 * A JSON Schema (draft 2020-12) for the Argument Interchange Format in the JSON form AIFdb and OVA
 * exchange (arg-tech.org, "AIF" and "AIFdb JSON"): nodes of the AIF ontology's types (I: information,
 * L: locution, RA: inference, CA: conflict, MA: rephrase, PA: preference, TA: transition, YA:
 * illocutionary anchoring), directed edges between them, the locutions with the participant who
 * spoke and the source of the words, and the participants. The rules the format states about the
 * graph (edges join existing nodes; two I-nodes never join directly; every S-node has a premise and
 * a conclusion) are checked by aifGraphErrors.
 */
export const aifSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Argument Interchange Format (AIFdb JSON)',
  type: 'object',
  required: ['nodes', 'edges', 'locutions', 'participants'],
  properties: {
    nodes: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['nodeID', 'text', 'type'],
        properties: {
          nodeID: { type: 'string', minLength: 1 },
          text: {
            type: 'string',
            minLength: 1,
            description: 'An I- or L-node’s content; an S-node’s scheme, such as "Default Inference".',
          },
          type: { enum: ['I', 'L', 'RA', 'CA', 'MA', 'PA', 'TA', 'YA'] },
          timestamp: { type: 'string' },
          scheme: { type: 'string' },
        },
      },
    },
    edges: {
      type: 'array',
      items: {
        type: 'object',
        required: ['edgeID', 'fromID', 'toID'],
        properties: {
          edgeID: { type: 'string', minLength: 1 },
          fromID: { type: 'string', minLength: 1 },
          toID: { type: 'string', minLength: 1 },
          formEdgeID: { type: ['string', 'null'] },
        },
      },
    },
    locutions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['nodeID', 'personID'],
        properties: {
          nodeID: { type: 'string', minLength: 1, description: 'The L-node of the words spoken.' },
          personID: { type: 'string', minLength: 1 },
          timestamp: { type: ['string', 'null'] },
          start: { type: ['string', 'null'] },
          end: { type: ['string', 'null'] },
          source: {
            type: 'string',
            minLength: 1,
            description: 'Where the words are: here, the essay section with a link to the exact words.',
          },
        },
      },
    },
    participants: {
      type: 'array',
      items: {
        type: 'object',
        required: ['participantID', 'firstname', 'surname'],
        properties: {
          participantID: { type: 'string', minLength: 1 },
          firstname: { type: 'string' },
          surname: { type: 'string' },
        },
      },
    },
  },
} as const;

/** The scheme nodes of AIF: inference, conflict, rephrase, preference, transition, illocution. */
const schemeTypes = new Set(['RA', 'CA', 'MA', 'PA', 'TA', 'YA']);

/** The graph rules of AIF that a JSON Schema cannot state; one message per problem. */
export function aifGraphErrors(aif: {
  nodes: readonly { nodeID: string; type: string }[];
  edges: readonly { edgeID: string; fromID: string; toID: string }[];
  locutions: readonly { nodeID: string; personID: string }[];
  participants: readonly { participantID: string }[];
}): string[] {
  const errors: string[] = [];
  const types = new Map(aif.nodes.map((node) => [node.nodeID, node.type]));
  if (types.size !== aif.nodes.length) errors.push('nodes: expected every nodeID to be unique.');
  const people = new Set(aif.participants.map((participant) => participant.participantID));
  for (const edge of aif.edges) {
    const from = types.get(edge.fromID);
    const to = types.get(edge.toID);
    if (!from || !to) errors.push(`edge ${edge.edgeID}: expected both ends to be nodes, found ${edge.fromID} → ${edge.toID}.`);
    else if (from === 'I' && to === 'I')
      errors.push(`edge ${edge.edgeID}: two I-nodes may not be joined directly; expected an S-node between.`);
  }
  // Each node's edges counted in one pass: filtering every edge for every scheme node took a minute
  // at a thousand essays (tens of thousands of nodes).
  const ins = new Set(aif.edges.map((edge) => edge.toID));
  const outs = new Set(aif.edges.map((edge) => edge.fromID));
  for (const [id, type] of types) {
    if (!schemeTypes.has(type) || type === 'YA') continue;
    if (!ins.has(id) || !outs.has(id)) errors.push(`node ${id} (${type}): expected at least one premise and one conclusion.`);
  }
  for (const locution of aif.locutions) {
    if (types.get(locution.nodeID) !== 'L') errors.push(`locution ${locution.nodeID}: expected an L-node.`);
    if (!people.has(locution.personID))
      errors.push(`locution ${locution.nodeID}: expected a participant, found ${locution.personID}.`);
  }
  return errors;
}
