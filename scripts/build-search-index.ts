// Builds the Pagefind index for the built site in dist/ (run after `astro build`).
// Pages are indexed as Pagefind finds them; each argument on a topic page is also added as a
// record of its own so that search results and filters work per argument (see argumentSearchRecords).
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { argumentSearchRecords } from '../src/lib/argumentSearchRecords.ts';

const siteDir = process.argv[2] ?? 'dist';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function fail(message: string): never {
  console.error(`build-search-index: ${message}`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail(errors.join('\n'));

let pages = 0;
let argumentRecords = 0;
for (const file of await htmlFiles(siteDir)) {
  const html = await readFile(file, 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const sourcePath = relative(siteDir, file).split(sep).join('/');
  const pageUrl = `/${sourcePath.replace(/index\.html$/, '')}`;
  const added = await index.addHTMLFile({ url: pageUrl, content: html });
  if (added.errors.length) fail(`${sourcePath}: ${added.errors.join('; ')}`);
  pages += 1;
  for (const record of argumentSearchRecords(html, pageUrl)) {
    const result = await index.addHTMLFile(record);
    if (result.errors.length) fail(`${record.url}: ${result.errors.join('; ')}`);
    argumentRecords += 1;
  }
}

const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
if (written.errors.length) fail(written.errors.join('\n'));
await pagefind.close();
console.log(`build-search-index: indexed ${pages} pages and ${argumentRecords} argument records into ${siteDir}/pagefind`);
