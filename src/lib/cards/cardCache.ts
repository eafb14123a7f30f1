import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where the cards drawn by earlier builds are kept: `cards/` in Astro's cache folder, which
 * astro.config.mjs takes from ASTRO_CACHE_DIR (default node_modules/.astro).
 */
export function cardCacheDir(env: Record<string, string | undefined> = process.env): string {
  return join(env.ASTRO_CACHE_DIR ?? join('node_modules', '.astro'), 'cards');
}

/** A key for what a card is drawn from: a SHA-256 of the parts, each length-prefixed so that no two lists collide. */
export function cardKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The card stored under `key` in `dir` by an earlier build, else `draw()`'s, stored for the next
 * build (written to a temporary name first, so a build stopped halfway leaves no torn file).
 */
export async function readOrDrawCard(
  dir: string,
  key: string,
  draw: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = join(dir, `${key}.png`);
  const stored = await readFile(file).catch(() => undefined);
  if (stored) return new Uint8Array(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength));
  const drawn = await draw();
  await mkdir(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, drawn);
  await rename(partial, file);
  return drawn;
}
