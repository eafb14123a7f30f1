import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** URLs of every record in a built Pagefind index (its fragments are gzipped JSON after a signature). */
export async function searchRecordUrls(siteDir: string): Promise<string[]> {
  const dir = join(siteDir, 'pagefind', 'fragment');
  const files = await readdir(dir);
  return Promise.all(
    files.map(async (file) => {
      const data = gunzipSync(await readFile(join(dir, file))).toString('utf8');
      return JSON.parse(data.slice(data.indexOf('{'))).url as string;
    }),
  );
}

/** Every record of a built Pagefind index with the filters it carries, by URL. */
export async function searchRecordFilters(siteDir: string): Promise<Map<string, Record<string, string[]>>> {
  const dir = join(siteDir, 'pagefind', 'fragment');
  const records = await Promise.all(
    (await readdir(dir)).map(async (file) => {
      const data = gunzipSync(await readFile(join(dir, file))).toString('utf8');
      const record = JSON.parse(data.slice(data.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
      return [record.url, record.filters] as const;
    }),
  );
  return new Map(records);
}
