import { createServer } from 'node:http';
import { expect, inject, test } from 'vitest';
import { contentSecurityPolicyHeader } from '../../src/lib/host/contentSecurityPolicy.ts';
import { useBrowser } from '../support/useBrowser.ts';
import { pageSizes } from '../../scripts/lib/builtSite.ts';
import { recordedPage } from '../support/page.ts';
import { samplePages, sampleSeed } from '../support/samplePages.ts';
import { topResultLinks, openSearchPage } from '../../scripts/lib/searchResults.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const sizes = await pageSizes();
// Every kind of page (template) on a sample; tests/build/security.test.ts checks the policy markup of every page.
const pages = samplePages(sizes).map((path) => path.replace(/^\//, ''));
const browser = useBrowser();

test('every kind of page loads under the header CSP, with search opened and used, without a CSP violation or a request to another origin', async () => {
  console.log(`CSP sample (seed ${sampleSeed}, repeat with SAMPLE_SEED=${sampleSeed}): ${pages.join(' ')}`);
  const record = await recordedPage(browser());
  const { page } = record;
  for (const path of pages) {
    const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    // The served policy, frame-ancestors included, is in force alongside the page's <meta> policy.
    expect(response?.headers()['content-security-policy'], path).toBe(contentSecurityPolicyHeader);
  }
  // Search in the dialog, follow a result (highlight script), then search on the search page.
  await page.goto(`${siteUrl}topics/safety/`);
  await page.keyboard.press('/');
  await page.locator('dialog.search-dialog[open] input').fill('funding');
  await page.locator('dialog.search-dialog .search-result a').first().click();
  await page.locator('mark.pagefind-highlight').first().waitFor();
  await openSearchPage(page, `${siteUrl}search/?q=licence&stance=against`);
  await topResultLinks(page, 1);

  expect(record.cspViolations).toEqual([]);
  expect(record.errors).toEqual([]);
  expect(record.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(record.requests.some((url) => url.endsWith('.pagefind'))).toBe(true);
  await page.context().close();
});

test('another origin cannot frame the pages, though it can frame its own', async () => {
  // A second loopback server is another origin: its page frames one of ours and one of its own.
  const framing = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (req.url === '/own') return res.end('<!doctype html><title>Own page</title><h1>Framed fine</h1>');
    res.end(
      `<!doctype html><title>Framing</title><iframe name="ours" src="${siteUrl}about/"></iframe><iframe name="own" src="/own"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
  const { port } = framing.address() as { port: number };
  const { page, errors } = await recordedPage(browser());
  try {
    // "load" waits for both frames, the refused one included.
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await expect(page.frame({ name: 'own' })!.locator('h1').innerText()).resolves.toBe('Framed fine');
    const ours = page.frame({ name: 'ours' })!;
    expect(ours.url()).not.toBe(`${siteUrl}about/`);
    await expect(ours.locator('main').count()).resolves.toBe(0);
    expect(errors.some((error) => error.includes("frame-ancestors 'none'"))).toBe(true);
  } finally {
    await page.context().close();
    await new Promise((resolve) => framing.close(resolve));
  }
});
