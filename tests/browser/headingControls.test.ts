import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { readEssayFiles, readTopicFiles } from '../support/content.ts';
import { essayUrl, topicUrl } from '../../src/lib/page/routes.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const topics = await readTopicFiles();
const essays = await readEssayFiles();
/** A 390 px phone with a touch screen, where `(pointer: coarse)` holds. */
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

const pages = [...topics.map(({ id }) => topicUrl(id)), ...essays.map(({ id }) => essayUrl(id))];

test.each(pages)(
  'on a 390 px phone, %s shows one control per heading, on the heading’s last line, never on a line of its own',
  async (path) => {
    const { page } = await recordedPage(browser(), phone);
    await page.goto(new URL(path.slice(1), siteUrl).href);
    // The page script shows the copy (or share) buttons; measure once it has run.
    await page.locator('[data-theme-select][data-ready]').waitFor({ state: 'attached' });
    const headings = await page.locator('main .heading-wrapper').evaluateAll((wrappers) =>
      wrappers.map((wrapper) => {
        const heading = wrapper.querySelector(':scope > :is(h2, h3)')!;
        const lines = [...heading.getClientRects()];
        const last = lines.at(-1)!;
        const controls = [...wrapper.querySelectorAll<HTMLElement>(':scope > :is(.anchor-link, .copy-link)')].filter((control) =>
          control.checkVisibility(),
        );
        return {
          text: heading.textContent,
          controls: controls.length,
          // A control on the heading's last line shares its vertical middle band.
          alone: controls.filter((control) => {
            const box = control.getBoundingClientRect();
            const middle = (box.top + box.bottom) / 2;
            return middle < last.top || middle > last.bottom;
          }).length,
        };
      }),
    );
    expect(headings.length).toBeGreaterThan(3);
    expect(headings.filter((heading) => heading.controls !== 1)).toEqual([]);
    expect(headings.filter((heading) => heading.alone > 0)).toEqual([]);
    await page.context().close();
  },
);
