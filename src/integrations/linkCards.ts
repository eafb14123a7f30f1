import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CardToDraw } from '../lib/cardContent.ts';
import { setCardFeed } from '../lib/cardFeed.ts';
import { renderCard } from '../lib/renderCard.ts';
import { cardsUrl } from '../lib/routes.ts';

/** Draws each card in turn, yielding between them, so other build work can run in the gaps. */
async function drawCards(cards: readonly CardToDraw[]): Promise<[CardToDraw, Uint8Array][]> {
  const drawn: [CardToDraw, Uint8Array][] = [];
  for (const card of cards) drawn.push([card, await renderCard(card.content)]);
  return drawn;
}

/**
 * Writes the link-preview cards (`cards/<name>.png`, see debateCards) during `astro build`. They
 * are drawn once the pages are generated, while the search index integration, registered before
 * this one, waits on Pagefind writing its files: as a page route, the 38 cards took 1.2 s of
 * rendering that now mostly overlaps Pagefind's. Their contents come from the debate through a
 * middleware (linkCardsMiddleware.ts).
 */
export function linkCards(): AstroIntegration {
  let cards: readonly CardToDraw[] | undefined;
  let drawing: Promise<[CardToDraw, Uint8Array][]> | undefined;
  return {
    name: 'open-models-debate:link-cards',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') {
          addMiddleware({ entrypoint: new URL('./linkCardsMiddleware.ts', import.meta.url), order: 'post' });
        }
      },
      'astro:build:start': () => {
        setCardFeed({ addCards: (sent) => (cards = sent) });
      },
      'astro:build:generated': () => {
        setCardFeed(undefined);
        if (!cards) {
          throw new Error(
            'link cards: no cards reached the integration: its middleware (src/integrations/linkCardsMiddleware.ts) never ran, or the build rendered no page',
          );
        }
        drawing = drawCards(cards);
        // Awaited in build:done; without a handler, a failure would be reported before then.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const drawn = await drawing!;
        const folder = join(fileURLToPath(dir), cardsUrl('/').slice(1));
        await Promise.all(
          drawn.map(async ([{ name }, png]) => {
            const file = join(folder, `${name}.png`);
            await mkdir(dirname(file), { recursive: true });
            await writeFile(file, png);
          }),
        );
        logger.info(`wrote ${drawn.length} link cards (${Math.round(performance.now() - started)} ms after the search index)`);
      },
    },
  };
}
