import type { DebateData } from './debateData.ts';

/** The scheme each relation kind becomes: support is inference (RA); a rebuttal or a qualification is conflict (CA). */
const schemes: Record<string, { type: 'RA' | 'CA'; text: string; illocution: string }> = {
  supports: { type: 'RA', text: 'Default Inference', illocution: 'Arguing' },
  rebuts: { type: 'CA', text: 'Default Conflict', illocution: 'Disagreeing' },
  qualifies: { type: 'CA', text: 'Qualification', illocution: 'Disagreeing' },
};

type AifNode = { nodeID: string; text: string; type: string };
type AifEdge = { edgeID: string; fromID: string; toID: string; formEdgeID: null };
type AifLocution = { nodeID: string; personID: string; timestamp: null; start: null; end: null; source: string };
/** One item of the graph, in the order the debate makes it. */
type AifItem = { node: AifNode } | { edge: AifEdge } | { locution: AifLocution };

/** The debate in AIF, made lazily: each of nodes, edges and locutions walks the debate again, so the graph is never held whole. */
export interface AifGraph {
  participants: { participantID: string; firstname: string; surname: string }[];
  nodes(): Generator<AifNode>;
  edges(): Generator<AifEdge>;
  locutions(): Generator<AifLocution>;
}

/**
 * The debate in the Argument Interchange Format's JSON form (AIFdb, OVA), from the same data as
 * /debate.json. Each claim is an I-node; each quote is an I-node that supports its claim through
 * an RA node, said in an L-node (the essay's words, anchored by a YA "Asserting") whose locution
 * names the essay as participant and the section's exact-words link as source. Each relation is an
 * RA (supports) or CA (rebuts, qualifies) node between two claims; its evidence, when it has some,
 * is an L-node anchored to that node. At ten thousand essays the graph is hundreds of megabytes,
 * so it is given as generators (AifGraph) for the file to be written, and checked, as it is made.
 */
export function debateAif(data: DebateData): AifGraph {
  const names = new Map(data.essays.map((essay) => [essay.id, essay.shortTitle]));
  function* items(): Generator<AifItem> {
    let edges = 0;
    const edge = (fromID: string, toID: string): AifItem => ({ edge: { edgeID: `e${++edges}`, fromID, toID, formEdgeID: null } });
    /** An L-node for a quote, its locution and the YA node that anchors it to `target`. */
    function* said(id: string, quote: { essay: string; quote: string; url: string }, illocution: string, target: string) {
      yield { node: { nodeID: `L:${id}`, text: `${names.get(quote.essay) ?? quote.essay}: ${quote.quote}`, type: 'L' } };
      yield {
        locution: {
          nodeID: `L:${id}`,
          personID: `essay:${quote.essay}`,
          timestamp: null,
          start: null,
          end: null,
          source: quote.url,
        },
      };
      yield { node: { nodeID: `YA:${id}`, text: illocution, type: 'YA' } };
      yield edge(`L:${id}`, `YA:${id}`);
      yield edge(`YA:${id}`, target);
    }
    for (const argument of data.arguments) {
      const claim = `I:${argument.id}`;
      yield { node: { nodeID: claim, text: argument.claim, type: 'I' } };
      for (const [index, citation] of argument.citations.entries()) {
        const id = `${argument.id}:${index + 1}`;
        yield { node: { nodeID: `I:${id}`, text: citation.quote, type: 'I' } };
        yield* said(id, citation, 'Asserting', `I:${id}`);
        yield { node: { nodeID: `RA:${id}`, text: 'Default Inference', type: 'RA' } };
        yield edge(`I:${id}`, `RA:${id}`);
        yield edge(`RA:${id}`, claim);
      }
    }
    for (const relation of data.relations) {
      const scheme = schemes[relation.kind]!;
      const id = `${relation.from}:${relation.kind}:${relation.to}`;
      const sNode = `${scheme.type}:${id}`;
      yield { node: { nodeID: sNode, text: scheme.text, type: scheme.type } };
      yield edge(`I:${relation.from}`, sNode);
      yield edge(sNode, `I:${relation.to}`);
      if ('evidence' in relation) yield* said(id, relation.evidence, scheme.illocution, sNode);
    }
  }
  return {
    participants: data.essays.map((essay) => ({ participantID: `essay:${essay.id}`, firstname: essay.shortTitle, surname: '' })),
    *nodes() {
      for (const item of items()) if ('node' in item) yield item.node;
    },
    *edges() {
      for (const item of items()) if ('edge' in item) yield item.edge;
    },
    *locutions() {
      for (const item of items()) if ('locution' in item) yield item.locution;
    },
  };
}
