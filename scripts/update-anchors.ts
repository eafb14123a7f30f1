// Records every anchor the built site publishes in tests/anchors.lock.json (run `npm run anchors:update`).
// The anchor test then fails whenever a recorded anchor disappears without an alias.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publishedAnchors, type AnchorLock } from '../src/lib/page/anchorLock.ts';
import { pagePath } from '../src/lib/page/routes.ts';

const siteDir = process.argv[2] ?? 'dist';
const lockFile = 'tests/anchors.lock.json';
// Pages that exist to help a reader who is lost or searching publish no anchors worth keeping.
const unpublished = new Set(['/404.html', '/search/']);

const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
const lock: AnchorLock = {};
for (const file of files) {
  const page = pagePath(file);
  if (unpublished.has(page)) continue;
  const anchors = publishedAnchors(await readFile(join(siteDir, file), 'utf8'));
  if (anchors.length) lock[page] = anchors;
}
await writeFile(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
const total = Object.values(lock).reduce((sum, ids) => sum + ids.length, 0);
console.log(`update-anchors: recorded ${total} anchors on ${Object.keys(lock).length} pages in ${lockFile}`);
