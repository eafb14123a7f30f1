import type { RelationKind } from '../model/relationKind.ts';
import type { TopicGraph } from './topicGraph.ts';

/** Characters per line of a node's label before it wraps, so that a vertical map stays narrow. */
const lineLength = 12;

/** How each kind of edge is drawn: the arrowhead and the line. */
export const edgeStyles: Record<RelationKind, { arrowhead: string; style: string }> = {
  rebuts: { arrowhead: 'tee', style: 'solid' },
  qualifies: { arrowhead: 'odiamond', style: 'dashed' },
  supports: { arrowhead: 'normal', style: 'solid' },
};

/** A string as a DOT quoted string. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A label broken into lines of about `lineLength` characters at spaces, joined with DOT's centred line break. */
export function wrapLabel(label: string, width = lineLength): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A topic's graph in Graphviz's DOT language, laid out top to bottom: each node a rounded box with
 * its label, a class for its stance (and "outside" for another topic's argument), a link and its
 * claim as tooltip; each edge with its kind's arrowhead and line. Colours are left to the page's CSS.
 * `href` gives each argument's page.
 */
export function topicMapDot(graph: TopicGraph, href: (id: string) => string): string {
  const nodes = graph.nodes.map((node) => {
    const label = wrapLabel(node.label).map(quoted).join(' + "\\n" + ');
    const attributes = [
      `id=${quoted(`map-${node.id}`)}`,
      `class=${quoted(`stance-${node.stance}${node.outside ? ' outside' : ''}`)}`,
      `label=${label}`,
      `href=${quoted(href(node.id))}`,
      `tooltip=${quoted(node.claim)}`,
      node.outside ? 'fontsize=11' : 'fontsize=14',
    ];
    return `  ${quoted(node.id)} [${attributes.join(', ')}];`;
  });
  const edges = graph.edges.map((edge) => {
    const { arrowhead, style } = edgeStyles[edge.kind];
    return `  ${quoted(edge.from)} -> ${quoted(edge.to)} [class=${quoted(`kind-${edge.kind}`)}, arrowhead=${arrowhead}, style=${style}];`;
  });
  return [
    'digraph {',
    '  graph [rankdir=LR, nodesep=0.12, ranksep=0.25, margin=0, pad=0.05, bgcolor="transparent"];',
    '  node [shape=box, style=rounded, fontname="Helvetica", margin="0.08,0.04"];',
    '  edge [arrowsize=0.8];',
    ...nodes,
    ...edges,
    '}',
    '',
  ].join('\n');
}
