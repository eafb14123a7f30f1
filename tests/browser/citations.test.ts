import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { isInView, isVisibleInViewport, recordedPage } from '../support/page.ts';
import { topicUrl } from '../../src/lib/page/routes.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

test.each(['transparency', 'safety', 'licensing', 'sustainability'])(
  'following a citation on the %s topic lands on the cited section, in view, with the quote in it',
  async (topic) => {
    const { page, errors } = await recordedPage(browser());
    await page.goto(topicUrl(topic, siteUrl));
    const citation = page.locator('.argument .citation').last();
    const quote = (await citation.locator('blockquote').innerText()).trim();
    const link = citation.locator('a[data-citation]');
    const section = (await link.getAttribute('href'))!.split('#')[1]!.split(':~:')[0]!;
    await link.click();
    await page.waitForURL(/\/essays\//);
    // Browsers with text fragments scroll to the quote itself; either way the cited section shows.
    const sectionSelector = `[data-section="${section}"]`;
    await page.waitForFunction((selector) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    }, sectionSelector);
    expect(await isVisibleInViewport(page, sectionSelector)).toBe(true);
    const quoteStart = quote.split(/\s+/).slice(0, 4).join(' ');
    expect(await isVisibleInViewport(page, `${sectionSelector} :is(p, li):has-text("${quoteStart.replace(/"/g, '\\"')}")`)).toBe(
      true,
    );
    const sectionText = await page.locator(sectionSelector).innerText();
    expect(sectionText.replace(/[’‘]/g, "'").replace(/\s+/g, ' ')).toContain(quote.replace(/[’‘]/g, "'").replace(/\s+/g, ' '));
    expect(errors).toEqual([]);
    await page.context().close();
  },
);

test('a cited essay section links back to the arguments that cite it', async () => {
  const { page } = await recordedPage(browser());
  await page.goto(`${siteUrl}essays/deep-learning-models-public/`);
  const citedIn = page.locator('[data-section="worries-about-ai-safety-and-morality"] .cited-in');
  // Folded to one line under the section, it opens to the list.
  await expect(citedIn.locator('summary').innerText()).resolves.toMatch(/^Cited by \d+ arguments?$/);
  const back = citedIn.locator('a').first();
  await expect(back.isVisible()).resolves.toBe(false);
  await citedIn.locator('summary').click();
  await expect(back.innerText()).resolves.toMatch(/^Safety → /);
  await back.click();
  await page.waitForURL(/\/topics\/safety\/#/);
  const hash = await page.evaluate(() => location.hash);
  expect(await isInView(page, hash)).toBe(true);
  await page.context().close();
});
