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

/** What the graph rules read of each part of an AIF graph. */
export interface AifParts {
  nodes: Iterable<{ nodeID: string; type: string }>;
  edges: Iterable<{ edgeID: string; fromID: string; toID: string }>;
  locutions: Iterable<{ nodeID: string; personID: string }>;
  participants: Iterable<{ participantID: string }>;
}

/**
 * The graph rules of AIF that a JSON Schema cannot state, checked one item at a time, so that a
 * graph written as it is made (debate.aif.json, hundreds of megabytes at ten thousand essays) is
 * never held whole. Feed the participants, then every node, then every edge, then the locutions,
 * the order the file is written in bar the few participants; `errors` gives one message per problem.
 */
export function aifGraphChecker() {
  const types = new Map<string, string>();
  const people = new Set<string>();
  const ins = new Set<string>();
  const outs = new Set<string>();
  let repeatedNode = false;
  const edgeErrors: string[] = [];
  const locutionErrors: string[] = [];
  return {
    participant({ participantID }: { participantID: string }) {
      people.add(participantID);
    },
    node({ nodeID, type }: { nodeID: string; type: string }) {
      if (types.has(nodeID)) repeatedNode = true;
      types.set(nodeID, type);
    },
    edge({ edgeID, fromID, toID }: { edgeID: string; fromID: string; toID: string }) {
      const from = types.get(fromID);
      const to = types.get(toID);
      if (!from || !to) edgeErrors.push(`edge ${edgeID}: expected both ends to be nodes, found ${fromID} → ${toID}.`);
      else if (from === 'I' && to === 'I')
        edgeErrors.push(`edge ${edgeID}: two I-nodes may not be joined directly; expected an S-node between.`);
      ins.add(toID);
      outs.add(fromID);
    },
    locution({ nodeID, personID }: { nodeID: string; personID: string }) {
      if (types.get(nodeID) !== 'L') locutionErrors.push(`locution ${nodeID}: expected an L-node.`);
      if (!people.has(personID)) locutionErrors.push(`locution ${nodeID}: expected a participant, found ${personID}.`);
    },
    errors(): string[] {
      const schemeErrors: string[] = [];
      for (const [id, type] of types) {
        if (!schemeTypes.has(type) || type === 'YA') continue;
        if (!ins.has(id) || !outs.has(id))
          schemeErrors.push(`node ${id} (${type}): expected at least one premise and one conclusion.`);
      }
      return [
        ...(repeatedNode ? ['nodes: expected every nodeID to be unique.'] : []),
        ...edgeErrors,
        ...schemeErrors,
        ...locutionErrors,
      ];
    },
  };
}

/** The graph rules of AIF that a JSON Schema cannot state, for a whole graph; one message per problem. */
export function aifGraphErrors(aif: AifParts): string[] {
  const check = aifGraphChecker();
  for (const participant of aif.participants) check.participant(participant);
  for (const node of aif.nodes) check.node(node);
  for (const edge of aif.edges) check.edge(edge);
  for (const locution of aif.locutions) check.locution(locution);
  return check.errors();
}
