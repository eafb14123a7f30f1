import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { checkAnchorLock, pageIds, type AnchorLock } from '../../src/lib/page/anchorLock.ts';
import { checkLinks, loadBuiltSite } from '../support/checkLinks.ts';
import { pageType } from '../../scripts/lib/pageType.ts';
import { growth } from '../../scripts/lib/paths.ts';
import { sampleSeed, strideSample } from '../support/samplePages.ts';

const site = await loadBuiltSite(growth.site);
const pages = [...site.pages.keys()];
// html-validate reads about half a megabyte a second: every page of a 300-essay build took over a
// minute. The three-essay build is validated whole (tests/build/htmlValidity.test.ts); here every page
// of the kinds with few pages and one in ten of the kinds the corpus multiplies, from the same templates.
const validated = strideSample(new Map(pages.map((path) => [path, site.pages.get(path)!.length])));
console.log(`html-validate: ${validated.length} of ${pages.length} pages, sample seed ${sampleSeed}`);

test(`a sample of the ${growth.essays}-essay pages, every kind of page among them, is valid HTML with no html-validate error`, async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const messages: string[] = [];
  for (const path of validated) {
    const html = site.pages.get(path)!;
    const report = await validator.validateString(html, join(growth.site, path));
    for (const result of report.results) {
      messages.push(...result.messages.map((m) => `${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    }
  }
  expect(messages).toEqual([]);
});

test('no page has a broken internal link, asset or #fragment, or an external link', async () => {
  const { checked, broken, external } = await checkLinks(site);
  expect(broken.slice(0, 20)).toEqual([]);
  expect(external).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length * 10);
});

test('every anchor in tests/anchors.lock.json is still published with 300 essays', async () => {
  const lock: AnchorLock = JSON.parse(await readFile('tests/anchors.lock.json', 'utf8'));
  const ids = Object.fromEntries(Object.keys(lock).map((path) => [path, pageIds(site.pages.get(path) ?? '')]));
  expect(checkAnchorLock(lock, ids, [])).toEqual([]);
});

// Headings of the reading pages carry permanent links; the home and 404 cards do not.
const anchoredKinds = new Set(['essay', 'topic', 'argument']);

// Astro writes every attribute in double quotes; reading ids with a pattern keeps this check fast on hundreds of pages.
const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map(([, id]) => id!);

test('ids are unique on every page, and every h2 and h3 of a reading page has an id and a permanent link', () => {
  const problems: string[] = [];
  for (const [path, html] of site.pages) {
    const ids = idsOf(html);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (repeated.length) problems.push(`${path}: ids used twice: ${[...new Set(repeated)].join(', ')}`);
    if (!anchoredKinds.has(pageType(path))) continue;
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const [heading] of main.matchAll(/<h[23]\b[^>]*>/g)) {
      const id = /\sid="([^"]*)"/.exec(heading)?.[1];
      if (id === undefined) problems.push(`${path}: a heading without an id: ${heading}`);
      else if (!main.includes(`href="#${id}"`)) problems.push(`${path}: #${id} has no permanent link`);
    }
  }
  expect(problems.slice(0, 20)).toEqual([]);
});
