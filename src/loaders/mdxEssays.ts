import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { frontmatterFields } from '../lib/essay/splitFrontmatter.ts';
import { watchFolder } from './watchFolder.ts';

const extension = '.mdx';

/**
 * Loads the essays, one MDX file each (the id is the file name), keeping only each file's
 * validated frontmatter and its path. The bodies stay out of the content store on purpose:
 * Astro inlines the whole store into the build's server bundle as one JSON string, and Astro's
 * glob loader would also hand every MDX file to Vite as a module of its own. At a thousand
 * essays those two made most of a build's time and its peak memory. loadDebate reads each body
 * from `filePath`, and each essay page renders its own (renderEssayBody).
 */
export function mdxEssays({ base }: { base: string }): Loader {
  return {
    name: 'mdx-essays',
    load: async (context) => {
      const dir = fileURLToPath(new URL(base, context.config.root));
      const names = (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
      const kept = new Set<string>();
      const errors: Error[] = [];
      for (const name of names) {
        // Every file is read, drafts too, so that one build names every essay whose frontmatter is wrong.
        await loadFile(context, join(dir, name)).then(
          (id) => kept.add(id),
          (error: Error) => errors.push(error),
        );
      }
      if (errors.length === 1) throw errors[0];
      if (errors.length) throw new Error(`${errors.length} essays have bad frontmatter:\n\n${errors.map(describe).join('\n\n')}`);
      for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
      watchInDev(context, dir);
    },
  };
}

/** One file's error, its path first (Astro's schema errors name the entry and mark fields in Markdown bold). */
function describe(error: Error & { loc?: { file?: string } }): string {
  const message = error.message.replace(/\*\*/g, '');
  return error.loc?.file && !message.includes(error.loc.file) ? `${error.loc.file}: ${message}` : message;
}

/** Reads and validates one essay's frontmatter into the store; returns its id. */
async function loadFile({ store, parseData, generateDigest, config }: LoaderContext, path: string): Promise<string> {
  const id = basename(path, extension);
  const filePath = relative(fileURLToPath(config.root), path);
  const raw = await readFile(path, 'utf8');
  // The digest covers the body too, so that dev reloads the pages of an essay whose text changed.
  const digest = generateDigest(raw);
  if (store.get(id)?.digest === digest) return id;
  const data = await parseData({ id, data: frontmatterFields(raw, filePath), filePath });
  store.set({ id, data, filePath, digest });
  return id;
}

/** In `astro dev`, re-reads an essay when its file changes, and forgets it when the file goes. */
function watchInDev(context: LoaderContext, dir: string): void {
  watchFolder(
    context,
    dir,
    extension,
    (path) => void loadFile(context, path).catch((error: Error) => context.logger.error(error.message)),
    (path) => context.store.delete(basename(path, extension)),
  );
}
