import { instance, type Viz } from '@viz-js/viz';

// Lays out a topic map with Graphviz (dot), compiled to WebAssembly by @viz-js/viz. It keeps state:
// the Graphviz instance is made once per build, on the first map, and reused for every topic.

let viz: Promise<Viz> | undefined;

/**
 * A topic map's SVG, ready to put in a page: laid out by Graphviz from its DOT text, without the
 * XML prologue, the fixed size (it scales to its column through its viewBox), Graphviz's own
 * colours and fonts (the page's CSS gives them, for both colour schemes and print) and its
 * generated titles (each node link keeps its claim as a tooltip).
 */
export async function layoutTopicMap(dot: string, label: string): Promise<string> {
  viz ??= instance();
  const svg = (await viz).renderString(dot, { format: 'svg', engine: 'dot' });
  const start = svg.indexOf('<svg');
  if (start < 0) throw new Error(`layoutTopicMap: Graphviz returned no SVG for the map "${label}".`);
  const [, width, height] = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  if (!width || !height) throw new Error(`layoutTopicMap: Graphviz's SVG for the map "${label}" has no viewBox.`);
  return svg
    .slice(start)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<title>[^<]*<\/title>/g, '')
    .replace(/\s(?:fill|stroke|font-family)="[^"]*"/g, '')
    .replace(
      /<svg width="[^"]*" height="[^"]*"/,
      `<svg class="map-svg" width="${Math.ceil(+width)}" height="${Math.ceil(+height)}" role="group" aria-label="${label.replace(/"/g, '&quot;')}"`,
    )
    .replace(/\n+/g, '\n')
    .trim();
}
