import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { watchFolder } from './watchFolder.ts';

/**
 * Loads a folder's files (the id is the file name less its extension) as their path and a digest
 * of their text, with no data: the content store, which Astro inlines into the build, stays small,
 * and `astro dev` still reloads the pages when a file changes. The site reads and checks each file
 * itself (the arguments: src/lib/debate/loadDebate.ts).
 */
export function fileDigests({ base, extension }: { base: string; extension: string }): Loader {
  return {
    name: 'file-digests',
    load: async (context) => {
      const dir = fileURLToPath(new URL(base, context.config.root));
      const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(extension)).sort();
      const ids = new Set(await Promise.all(names.map((name) => storeFile(context, join(dir, name), extension))));
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      watchFolder(
        context,
        dir,
        extension,
        (path) => void storeFile(context, path, extension),
        (path) => context.store.delete(basename(path, extension)),
      );
    },
  };
}

/** Stores one file's path and digest; returns its id. */
async function storeFile({ store, generateDigest, config }: LoaderContext, path: string, extension: string): Promise<string> {
  const id = basename(path, extension);
  const digest = generateDigest(await readFile(path, 'utf8'));
  store.set({ id, data: {}, filePath: relative(fileURLToPath(config.root), path), digest });
  return id;
}
