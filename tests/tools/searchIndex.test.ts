import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { searchIndex } from '../../src/integrations/searchIndex.ts';
import { searchFeed } from '../../src/lib/search/searchFeed.ts';
import { shardCount } from '../../src/lib/search/searchVectors.ts';

let written: string[] = [];

const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;

/** A build hook as this test calls it: with the options the integration reads. */
type Hook = (options: Record<string, unknown>) => Promise<void>;

/** Runs the integration's build hooks as `astro build` would, with `render` in between; returns what the last hook threw and the files written. */
async function build(render: () => void): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'search-index-'));
  const { hooks } = searchIndex();
  try {
    await (hooks['astro:build:start'] as Hook)({ logger });
    render();
    await (hooks['astro:build:done'] as Hook)({ dir: pathToFileURL(`${dir}/`), logger });
    written = (await readdir(dir, { recursive: true })).map(String);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('a build whose search middleware never ran fails, naming the middleware, rather than write an empty index', async () => {
  const error = await build(() => undefined);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toMatch(
    /no argument records: its middleware \(src\/integrations\/searchIndexMiddleware\.ts\) did not run/,
  );
  // The feed closes with the build, so nothing from this build reaches the next.
  expect(searchFeed()).toBeUndefined();
});

test('a build that was sent its pages and arguments writes the index', async () => {
  const error = await build(() => {
    const feed = searchFeed()!;
    feed.addArguments([]);
    feed.reservePage()({
      path: '/',
      html: '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Home</h1></main></body></html>',
    });
  });
  expect(error).toBeUndefined();
  expect(written).toEqual(expect.arrayContaining(['pagefind/pagefind-entry.json', 'meaning/index.json']));
  expect(written.filter((file) => /^meaning\/[0-9a-f]{12}\/\d+\.bin$/.test(file))).toHaveLength(shardCount);
  // The shards were moved out of the cache, not copied.
  expect(written.filter((file) => file.startsWith('cache/') && file.endsWith('.bin'))).toEqual([]);
});

test('a build with a page that started rendering and never reached the index fails rather than write an index without it', async () => {
  const error = await build(() => {
    const feed = searchFeed()!;
    feed.addArguments([]);
    feed.reservePage();
    feed.reservePage()({
      path: '/',
      html: '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Home</h1></main></body></html>',
    });
  });
  expect((error as Error).message).toMatch(/missing 1 page\(s\) that started rendering and never arrived/);
});
