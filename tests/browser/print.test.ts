import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { essayUrl, topicUrl } from '../../src/lib/page/routes.ts';
import { siteOrigin } from '../../scripts/lib/paths.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Selectors of what a paper copy leaves out: navigation, search, the theme switch and link controls. */
const chrome = [
  '.site-header',
  '.search-control',
  '[data-theme-select]',
  'button[data-copy-link]',
  '.anchor-link',
  '.toc',
  '.site-footer',
];

test.each([topicUrl('licensing', ''), essayUrl('open-source-ai-forum-thread', '')])(
  '/%s prints as a clean brief without header, search, theme switch or link buttons',
  async (path) => {
    const { page } = await recordedPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    await page.goto(`${siteUrl}${path}`);
    // On screen the script shows the copy buttons and theme switch; on paper they go.
    await page.locator('[data-theme-select][data-ready]').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    for (const selector of chrome) {
      const shown = await page
        .locator(selector)
        .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
      expect(shown, selector).toBe(0);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await page.context().close();
  },
);

test('a printed topic page gives each citation’s full URL after it, and the screen does not', async () => {
  const { page } = await recordedPage(browser());
  // The build that knows its address (SITE_URL): only it can print full URLs.
  await page.goto(topicUrl('licensing', inject('baseSiteUrl')));
  const citations = page.locator('.citation');
  const count = await citations.count();
  expect(count).toBeGreaterThan(4);
  expect(
    await page.locator('.citation .print-url').evaluateAll((urls) => urls.filter((url) => url.checkVisibility()).length),
  ).toBe(0);
  await page.emulateMedia({ media: 'print' });
  for (let index = 0; index < count; index++) {
    const citation = citations.nth(index);
    const href = await citation.locator('a[data-citation]').evaluate((link) => (link as HTMLAnchorElement).href);
    const printed = citation.locator('.print-url');
    expect(await printed.isVisible()).toBe(true);
    // The printed URL is absolute on the site's configured origin; the test serves it elsewhere.
    const url = new URL((await printed.innerText()).trim());
    expect(url.origin).toBe(siteOrigin);
    const followed = new URL(href);
    expect(url.pathname + url.hash).toBe(followed.pathname + followed.hash);
    expect(href).toMatch(/^http.*\/essays\/.*#.*:~:text=/);
  }
  await page.context().close();
});

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test.each([
  ['safety', 4],
  ['licensing', 6],
] as const)('the %s topic prints on A4 in at most %i pages, each quote whole and with its address', async (topic, most) => {
  const { page } = await recordedPage(browser());
  await page.goto(topicUrl(topic, siteUrl));
  await page.emulateMedia({ media: 'print' });
  // Without SITE_URL, one line at the top says the printed addresses are relative.
  await expect(page.locator('.print-note').isVisible()).resolves.toBe(true);
  const pages = pdfPageCount(await page.pdf({ format: 'A4', printBackground: false }));
  console.log(`${topic}: ${pages} A4 pages`);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(most);
  for (const citation of await page.locator('.argument .citation').all()) {
    await expect(citation.locator('.print-url').isVisible()).resolves.toBe(true);
    await expect(citation.evaluate((element) => getComputedStyle(element).breakInside)).resolves.toBe('avoid');
  }
  await page.context().close();
});
