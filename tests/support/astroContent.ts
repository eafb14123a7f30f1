// A stand-in for `astro:content` in the unit tests, as Starlight's tests mock it: Vitest cannot load
// Astro's virtual module (getCollection returns [] under Vitest: Astro issue 12836). Test files
// install it with `vi.mock('astro:content', () => import('../support/astroContent.ts'))`.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { contentDir } from '../../src/lib/debate/contentDir.ts';
import { frontmatterFields } from '../../src/lib/essay/splitFrontmatter.ts';

/** As in Astro: a collection's config is kept as given. */
export const defineCollection = <T>(config: T): T => config;

type Schema = { safeParse: (data: unknown) => { success: boolean; data?: unknown; error?: z.ZodError } };

/** Checks one entry with its collection's schema, naming the file and each field as the build does. */
function check(schema: Schema, data: unknown, filePath: string): unknown {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const fields = result.error!.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`${filePath}: data does not match collection schema.\n${fields.join('\n')}`);
}

const filesIn = async (dir: string, extension: string) =>
  (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(extension)).sort();

/**
 * Every entry of a collection, read from the content folder that CONTENT_DIR names at the time of the
 * call and checked with the site's own schemas (src/content.config.ts).
 */
export async function getCollection(name: string): Promise<unknown[]> {
  const { collections } = await import('../../src/content.config.ts');
  const schema = collections[name as keyof typeof collections].schema as unknown as Schema;
  const dir = contentDir();
  const read = (files: string[], fields: (raw: string, filePath: string) => unknown) =>
    Promise.all(
      files.map(async (filePath) => {
        const data = fields(await readFile(filePath, 'utf8'), filePath);
        const id = basename(filePath).replace(/\.[^.]+$/, '');
        return { id, collection: name, data: check(schema, data, filePath), filePath };
      }),
    );
  const inFolder = async (folder: string, extension: string) =>
    (await filesIn(join(dir, folder), extension)).map((file) => join(dir, folder, file));
  if (name === 'essays') return read(await inFolder('essays', '.mdx'), frontmatterFields);
  if (name === 'topics') return read(await inFolder('topics', '.mdx'), frontmatterFields);
  // As the loader (src/loaders/fileDigests.ts): each argument file's path, its data read by loadDebate.
  if (name === 'argumentFiles') return read(await inFolder('arguments', '.yaml'), () => ({}));
  if (name === 'anchorAliases') {
    const file = (await inFolder('.', '.yaml')).filter((path) => basename(path) === 'anchor-aliases.yaml');
    return read(file, (raw) => parse(raw));
  }
  throw new Error(`astroContent mock: no collection named "${name}"`);
}
