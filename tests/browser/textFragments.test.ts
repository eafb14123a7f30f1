import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { argumentUrl } from '../../src/lib/page/routes.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

// Chromium marks a text fragment with ::target-text but exposes no selection, range or API for
// it (document.getSelection() stays empty and document.fragmentDirective has no members), so the
// test looks at what the reader sees: it paints ::target-text in a colour used nowhere else and
// compares the painted area with the boxes of the quoted words on the page.
const markColour = [255, 0, 255] as const;

/** The bounding box, in CSS pixels of the viewport, of every pixel painted in the mark colour. */
async function markedBox(page: Page): Promise<{ left: number; top: number; right: number; bottom: number } | undefined> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, colour }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let box: { left: number; top: number; right: number; bottom: number } | undefined;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (data[i] !== colour[0] || data[i + 1] !== colour[1] || data[i + 2] !== colour[2]) continue;
          box = box
            ? {
                left: Math.min(box.left, x),
                top: Math.min(box.top, y),
                right: Math.max(box.right, x + 1),
                bottom: Math.max(box.bottom, y + 1),
              }
            : { left: x, top: y, right: x + 1, bottom: y + 1 };
        }
      }
      return box;
    },
    { png, colour: markColour },
  );
}

/** The bounding box of the quote's words in the cited section, found as a DOM range over its text. */
function quoteBox(page: Page, section: string, quote: string) {
  return page.evaluate(
    ({ section, quote }) => {
      const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
      for (const block of document.querySelectorAll(`[data-section="${section}"] :is(p, li)`)) {
        const nodes: { node: Text; from: number }[] = [];
        let text = '';
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          nodes.push({ node: walker.currentNode as Text, from: text.length });
          text += walker.currentNode.textContent;
        }
        const at = fold(text).indexOf(fold(quote));
        if (at < 0) continue;
        const point = (offset: number) => {
          const hit = nodes.findLast(({ from }) => from <= offset)!;
          return [hit.node, offset - hit.from] as const;
        };
        const range = document.createRange();
        range.setStart(...point(at));
        range.setEnd(...point(at + quote.length));
        const { left, top, right, bottom } = range.getBoundingClientRect();
        return { left, top, right, bottom };
      }
      return undefined;
    },
    { section, quote },
  );
}

const links = [
  { topic: 'licensing', argument: 'free-riding', essay: 'open-source-ai-forum-thread' },
  { topic: 'transparency', argument: 'open-inspection', essay: 'open-source-ai-forum-thread' },
  { topic: 'transparency', argument: 'fairness-gains', essay: 'open-source-ai-forum-thread' },
  { topic: 'sustainability', argument: 'orphaned-upkeep', essay: 'open-source-ai-forum-thread' },
];

test.each(links)(
  'following the $argument citation of $essay (a $topic argument) from its argument page marks the whole quote and nothing else',
  async ({ argument, essay }) => {
    const { page, errors } = await recordedPage(browser(), { bypassCSP: true, viewport: { width: 1280, height: 800 } });
    // The argument's own page shows every quote; its topic page shows one, with the same link.
    await page.goto(argumentUrl(argument, siteUrl));
    const citation = page.locator(`.citation:has(a[href*="/essays/${essay}/"])`).first();
    const quote = (await citation.locator('blockquote').innerText()).trim();
    const href = (await citation.locator('a[data-citation]').getAttribute('href'))!;
    const section = href.split('#')[1]!.split(':~:')[0]!;
    await citation.locator('a[data-citation]').click();
    await page.waitForURL(/\/essays\//);
    await page.addStyleTag({
      content: `::target-text { background: rgb(${markColour.join(' ')}) !important; color: rgb(${markColour.join(' ')}) !important; }`,
    });
    // The mark is painted once the browser has found the fragment; wait for it, then compare.
    await expect.poll(() => markedBox(page), { timeout: 10_000 }).toBeDefined();
    const marked = (await markedBox(page))!;
    const expected = (await quoteBox(page, section, quote))!;
    expect(expected, `the quote is in section ${section}`).toBeDefined();
    for (const edge of ['left', 'top', 'right', 'bottom'] as const) {
      expect(Math.abs(marked[edge] - expected[edge]), `${edge} edge of the marked area`).toBeLessThanOrEqual(2);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  },
);
