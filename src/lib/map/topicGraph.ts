import type { RelationKind } from '../model/relationKind.ts';
import type { Stance } from '../model/stance.ts';

/** What a map needs of an argument. */
export interface GraphArgument {
  id: string;
  topic: string;
  stance: Stance;
  /** The few words its node shows. */
  label: string;
  /** Its claim, for the node's tooltip. */
  claim: string;
}

/** One node of a topic's map: an argument of the topic, or of another topic that a relation joins to it. */
export interface MapNode extends GraphArgument {
  /** True for an argument of another topic, drawn small. */
  outside: boolean;
}

/** One edge: the answering argument, the one it answers, and how. */
export interface MapEdge {
  from: string;
  to: string;
  kind: RelationKind;
}

/** A topic's map before layout: its arguments in file order, then the other topics' arguments it meets, and every relation that touches the topic. */
export interface TopicGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

/**
 * The graph of one topic: one node per argument of the topic, one edge per relation with at least
 * one end in it, and a small node for each argument of another topic at the other end. It grows
 * with the topic's arguments and relations, never with the number of essays.
 */
export function topicGraph(
  topicId: string,
  argumentsById: ReadonlyMap<string, GraphArgument>,
  relations: readonly MapEdge[],
): TopicGraph {
  const own = [...argumentsById.values()].filter((argument) => argument.topic === topicId);
  const inTopic = new Set(own.map((argument) => argument.id));
  const edges = relations
    .filter((relation) => inTopic.has(relation.from) || inTopic.has(relation.to))
    .map(({ from, to, kind }) => ({ from, to, kind }));
  const outsideIds = [...new Set(edges.flatMap(({ from, to }) => [from, to]).filter((id) => !inTopic.has(id)))];
  return {
    nodes: [
      ...own.map((argument) => ({ ...argument, outside: false })),
      ...outsideIds.flatMap((id) => {
        const argument = argumentsById.get(id);
        return argument ? [{ ...argument, outside: true }] : [];
      }),
    ],
    edges,
  };
}
