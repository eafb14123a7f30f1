import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/useBrowser.ts';
import { recordedPage } from '../support/page.ts';
import { openSearchPage } from '../../scripts/lib/searchResults.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const hostile = [
  ['markup with an event handler', '<img src=x onerror=alert(1)>'],
  ['a script breaking out of an attribute', '"><script>alert(1)</script>'],
  ['a 10,000-character query', 'misuse '.repeat(1429).slice(0, 10_000)],
  ['emoji and non-Latin text', '🤖 модель 開放 نموذج'],
  ['only spaces', '      '],
] as const;

/** Checks that nothing ran or was injected, and that the summary speaks honestly about the query. */
async function expectInert(record: Awaited<ReturnType<typeof recordedPage>>, query: string) {
  const { page } = record;
  // A real query is reported back as typed; a blank one falls back to browsing every result.
  const expected = query.trim() ? /^(No results for |\d+ results? for |No page has all of )/ : /^\d+ results$/;
  await expect.poll(() => page.locator('[data-search-page] .search-summary').innerText(), { timeout: 10_000 }).toMatch(expected);
  const summary = await page.locator('[data-search-page] .search-summary').innerText();
  expect(summary.replace(/\s+/g, ' ')).toContain(query.trim().replace(/\s+/g, ' ').slice(0, 60));
  expect(record.dialogs).toEqual([]);
  expect(record.errors).toEqual([]);
  await expect(page.locator('main img, main script').count()).resolves.toBe(0);
}

describe.each(hostile)('a query of %s', (_name, query) => {
  test('typed into the search page runs nothing, breaks nothing and is shown as text', async () => {
    const record = await recordedPage(browser());
    await openSearchPage(record.page, `${siteUrl}search/`);
    await record.page.locator('[data-search-page] input[type="search"]').fill(query);
    await expectInert(record, query);
    await record.page.context().close();
  });

  test('in the URL runs nothing, breaks nothing and is shown as text', async () => {
    const record = await recordedPage(browser());
    await openSearchPage(
      record.page,
      `${siteUrl}search/?q=${encodeURIComponent(query)}&stance=${encodeURIComponent(query.slice(0, 200))}`,
    );
    await expectInert(record, query);
    await record.page.context().close();
  });
});

test('a query that matches nothing says so honestly', async () => {
  const record = await recordedPage(browser());
  await openSearchPage(record.page, `${siteUrl}search/?q=zzyzx`);
  await expect
    .poll(() => record.page.locator('[data-search-page] .search-summary').innerText(), { timeout: 10_000 })
    .toBe('No results for zzyzx');
  await record.page.context().close();
});
