import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { checkAnchorLock, pageIds, type AnchorLock } from '../../src/lib/page/anchorLock.ts';
import { loadBuiltSite } from '../support/checkLinks.ts';
import { paths } from '../../scripts/lib/paths.ts';
import { readArgumentFiles, readEssayFiles, readTopicFiles } from '../support/content.ts';
import { argumentUrl, essayUrl, topicUrl } from '../../src/lib/page/routes.ts';

async function builtIds(siteDir: string): Promise<Record<string, Set<string>>> {
  const site = await loadBuiltSite(siteDir);
  return Object.fromEntries([...site.pages].map(([page, html]) => [page, pageIds(html)]));
}

test('every anchor in tests/anchors.lock.json is still published, or aliased to its new id', async () => {
  const lock: AnchorLock = JSON.parse(await readFile('tests/anchors.lock.json', 'utf8'));
  const { aliases } = parse(await readFile('content/anchor-aliases.yaml', 'utf8'));
  // Every essay, topic and argument page publishes anchors, so each must be in the lock.
  const published = [
    ...(await readEssayFiles()).map(({ id }) => essayUrl(id, '/')),
    ...(await readTopicFiles()).map(({ id }) => topicUrl(id, '/')),
    ...(await readArgumentFiles()).map(({ id }) => argumentUrl(id, '/')),
  ];
  expect(Object.keys(lock)).toEqual(expect.arrayContaining(published));
  expect(checkAnchorLock(lock, await builtIds(paths.site), aliases)).toEqual([]);
});

test('a renamed section and a renamed argument keep their old ids next to the new ones', async () => {
  const { aliases } = parse(await readFile('tests/fixtures/renamed-anchor/anchor-aliases.yaml', 'utf8'));
  const lock = { '/essays/renamed-essay/': ['last-section'], '/topics/safety/': ['old-misuse'] };
  const ids = await builtIds(paths.aliasSite);
  expect(checkAnchorLock(lock, ids, aliases)).toEqual([]);
  expect(ids['/topics/safety/']!.has('fixture-misuse')).toBe(true);
  const html = await readFile(`${paths.aliasSite}/essays/renamed-essay/index.html`, 'utf8');
  expect(html).toMatch(/<span id="last-section"[^>]*><\/span><div class="heading-wrapper level-h2"><h2 id="the-final-section">/);
});
