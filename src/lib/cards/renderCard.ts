import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardContent } from './cardContent.ts';
import { cardFont, cardLayout, cardSize } from './cardLayout.ts';
import { cardCacheDir, cardKey, readOrDrawCard } from './cardCache.ts';

type Font = { name: string; data: Buffer; weight: 600 | 700; style: 'normal' };

/** What the fonts are, and what draws with them: a card drawn by another renderer or font is drawn again. */
interface Renderer {
  fonts: Font[];
  /** The renderers' versions, the drawing options and a hash of each font's bytes. */
  key: string;
}

/** How resvg draws a card: at the layout's own size. */
const drawOptions = { fitTo: { mode: 'original' } } as const;

// Resolved from the project root, not from this module: Astro bundles it into the build's output folder,
// from which node_modules is not necessarily reachable. Satori reads WOFF, not WOFF2.
const fromProject = createRequire(join(process.cwd(), 'package.json'));

let ready: Promise<Renderer> | undefined;

async function packageVersion(file: string): Promise<string> {
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}

/** Loads Inter's two weights and reads the renderers' versions, once per process. */
async function setup(): Promise<Renderer> {
  const weights = [600, 700] as const;
  const fonts = await Promise.all(
    weights.map(async (weight) => ({
      name: cardFont,
      data: await readFile(fromProject.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  const versions = await Promise.all([
    packageVersion(fromProject.resolve('satori/package.json')),
    packageVersion(join(dirname(fromProject.resolve('@resvg/resvg-js')), 'package.json')),
  ]);
  const key = cardKey([
    `satori ${versions[0]}`,
    `resvg-js ${versions[1]}`,
    JSON.stringify(drawOptions),
    ...fonts.map((font) => font.data),
  ]);
  return { fonts, key };
}

/**
 * A link-preview card as a 1200×630 PNG: the layout drawn by satori as SVG, then rasterised by
 * resvg's native build (17 ms a card here against 30 ms for its WebAssembly build, same bytes) off
 * the main thread. A card whose layout, size, renderers and fonts are those of a card an earlier
 * build drew is taken from the cache folder (`dir`) instead of drawn again.
 */
export async function renderCard(content: CardContent, dir = cardCacheDir()): Promise<Uint8Array<ArrayBuffer>> {
  const { fonts, key } = await (ready ??= setup());
  const layout = cardLayout(content);
  return readOrDrawCard(dir, cardKey([key, JSON.stringify(cardSize), JSON.stringify(layout)]), async () => {
    // satori is typed for React elements; our CardNode is the same plain shape JSX would make.
    const svg = await satori(layout as unknown as Parameters<typeof satori>[0], { ...cardSize, fonts });
    // Drawn on libuv's thread pool, so the pages rendering beside it (build.concurrency) go on meanwhile.
    const image = await renderAsync(svg, drawOptions);
    // A copy on its own ArrayBuffer, as a Response body must be.
    return new Uint8Array(image.asPng());
  });
}
