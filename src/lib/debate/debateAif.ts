import type { DebateData } from './debateData.ts';

/** The scheme each relation kind becomes: support is inference (RA); a rebuttal or a qualification is conflict (CA). */
const schemes: Record<string, { type: 'RA' | 'CA'; text: string; illocution: string }> = {
  supports: { type: 'RA', text: 'Default Inference', illocution: 'Arguing' },
  rebuts: { type: 'CA', text: 'Default Conflict', illocution: 'Disagreeing' },
  qualifies: { type: 'CA', text: 'Qualification', illocution: 'Disagreeing' },
};

/**
 * The debate in the Argument Interchange Format's JSON form (AIFdb, OVA), from the same data as
 * /debate.json. Each claim is an I-node; each quote is an I-node that supports its claim through
 * an RA node, said in an L-node (the essay's words, anchored by a YA "Asserting") whose locution
 * names the essay as participant and the section's exact-words link as source. Each relation is an
 * RA (supports) or CA (rebuts, qualifies) node between two claims; its evidence, when it has some,
 * is an L-node anchored to that node.
 */
export function debateAif(data: DebateData) {
  const nodes: { nodeID: string; text: string; type: string }[] = [];
  const edges: { edgeID: string; fromID: string; toID: string; formEdgeID: null }[] = [];
  const locutions: { nodeID: string; personID: string; timestamp: null; start: null; end: null; source: string }[] = [];
  const participants = data.essays.map((essay) => ({
    participantID: `essay:${essay.id}`,
    firstname: essay.shortTitle,
    surname: '',
  }));
  const names = new Map(data.essays.map((essay) => [essay.id, essay.shortTitle]));
  const node = (nodeID: string, type: string, text: string) => (nodes.push({ nodeID, text, type }), nodeID);
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: `e${edges.length + 1}`, fromID, toID, formEdgeID: null });
  /** An L-node for a quote, its locution and the YA node that anchors it to `target`. */
  const said = (id: string, quote: { essay: string; quote: string; url: string }, illocution: string, target: string) => {
    const locution = node(`L:${id}`, 'L', `${names.get(quote.essay) ?? quote.essay}: ${quote.quote}`);
    locutions.push({
      nodeID: locution,
      personID: `essay:${quote.essay}`,
      timestamp: null,
      start: null,
      end: null,
      source: quote.url,
    });
    const anchor = node(`YA:${id}`, 'YA', illocution);
    edge(locution, anchor);
    edge(anchor, target);
  };
  for (const argument of data.arguments) {
    const claim = node(`I:${argument.id}`, 'I', argument.claim);
    argument.citations.forEach((citation, index) => {
      const id = `${argument.id}:${index + 1}`;
      const quote = node(`I:${id}`, 'I', citation.quote);
      said(id, citation, 'Asserting', quote);
      const inference = node(`RA:${id}`, 'RA', 'Default Inference');
      edge(quote, inference);
      edge(inference, claim);
    });
  }
  for (const relation of data.relations) {
    const scheme = schemes[relation.kind]!;
    const id = `${relation.from}:${relation.kind}:${relation.to}`;
    const sNode = node(`${scheme.type}:${id}`, scheme.type, scheme.text);
    edge(`I:${relation.from}`, sNode);
    edge(sNode, `I:${relation.to}`);
    if ('evidence' in relation) said(id, relation.evidence, scheme.illocution, sNode);
  }
  return { nodes, edges, locutions, participants };
}
