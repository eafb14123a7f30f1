import { resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

/**
 * In `astro dev`, calls `changed` with a file's full path when a file of the folder with the
 * extension is added or edited, and `removed` when one goes; outside dev there is no watcher.
 */
export function watchFolder(
  { watcher }: LoaderContext,
  dir: string,
  extension: string,
  changed: (path: string) => void,
  removed: (path: string) => void,
): void {
  if (!watcher) return;
  watcher.add(dir);
  const inFolder = (path: string) => resolve(path).startsWith(dir) && path.endsWith(extension);
  watcher.on('add', (path) => inFolder(path) && changed(resolve(path)));
  watcher.on('change', (path) => inFolder(path) && changed(resolve(path)));
  watcher.on('unlink', (path) => inFolder(path) && removed(resolve(path)));
}
