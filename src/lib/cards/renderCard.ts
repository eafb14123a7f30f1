import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardContent } from './cardContent.ts';
import { cardFont, cardLayout, cardSize } from './cardLayout.ts';

type Font = { name: string; data: Buffer; weight: 600 | 700; style: 'normal' };

// Resolved from the project root, not from this module: Astro bundles it into the build's output folder,
// from which node_modules is not necessarily reachable. Satori reads WOFF, not WOFF2.
const fromProject = createRequire(join(process.cwd(), 'package.json'));

let ready: Promise<Font[]> | undefined;

/** Loads Inter's two weights once per process. */
async function setup(): Promise<Font[]> {
  const weights = [600, 700] as const;
  return Promise.all(
    weights.map(async (weight) => ({
      name: cardFont,
      data: await readFile(fromProject.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
}

/**
 * A link-preview card as a 1200×630 PNG: the layout drawn by satori as SVG, then rasterised by
 * resvg's native build (17 ms a card here against 30 ms for its WebAssembly build, same bytes) off
 * the main thread.
 */
export async function renderCard(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = await (ready ??= setup());
  // satori is typed for React elements; our CardNode is the same plain shape JSX would make.
  const svg = await satori(cardLayout(content) as unknown as Parameters<typeof satori>[0], { ...cardSize, fonts });
  // Drawn on libuv's thread pool, so the pages rendering beside it (build.concurrency) go on meanwhile.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' } });
  // A copy on its own ArrayBuffer, as a Response body must be.
  return new Uint8Array(image.asPng());
}
