import type { TestProject } from 'vitest/node';
import { rm } from 'node:fs/promises';
import { buildSite, type BuildResult } from '../scripts/lib/buildSite.ts';
import { serveSite } from '../scripts/lib/serveSite.ts';
import { paths, basePath, siteOrigin } from '../scripts/lib/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin and base of the main build, served on loopback. */
    siteUrl: string;
    /** Origin and base of the build under BASE_PATH (and with SITE_URL), served on loopback. */
    baseSiteUrl: string;
    /** What the main build (without SITE_URL) printed. */
    mainBuildOutput: string;
    /** Origin and base of the fixture build whose anchors were renamed, served on loopback. */
    aliasSiteUrl: string;
    /** Output of the fixture builds that must fail, by fixture name. */
    fixtureBuilds: Record<string, BuildResult>;
  }
}

// Fixtures whose content loading must refuse; the debate's cross-checks (unknown-section,
// unknown-component, component-with-children) are unit tests (tests/unit/loadDebate.test.ts).
// machine-voice-evidence: the issue asks that the build itself refuses evidence not in its section.
const failingFixtures = ['bad-frontmatter', 'malformed-yaml', 'machine-voice-evidence', 'bad-relations', 'bad-relation-fields'];

/** Builds a fixture's content with a cache of its own, so it never leaks into the real build. */
function fixtureEnv(name: string, cache = name): Record<string, string> {
  return { CONTENT_DIR: `tests/fixtures/${name}`, ASTRO_CACHE_DIR: `${paths.tmp}/cache-${cache}` };
}

function mustSucceed(name: string, result: BuildResult): void {
  if (result.code !== 0) throw new Error(`The ${name} build failed:\n${result.output}`);
}

/** What the builds give the tests: loopback URLs, fixture build results and a way to stop serving. */
interface SharedBuilds {
  provided: {
    siteUrl: string;
    baseSiteUrl: string;
    aliasSiteUrl: string;
    mainBuildOutput: string;
    fixtureBuilds: Record<string, BuildResult>;
  };
  close: () => Promise<void>;
}

async function buildAndServe(): Promise<SharedBuilds> {
  await rm(paths.tmp, { recursive: true, force: true });
  const main = await buildSite(paths.site);
  mustSucceed('main', main);
  mustSucceed('base-path', await buildSite(paths.baseSite, { SITE_URL: siteOrigin, BASE_PATH: basePath }));
  const fixtureBuilds: Record<string, BuildResult> = {};
  for (const name of failingFixtures) {
    fixtureBuilds[name] = await buildSite(`${paths.tmp}/fixture-${name}`, fixtureEnv(name));
  }
  mustSucceed('renamed-anchor', await buildSite(paths.aliasSite, fixtureEnv('renamed-anchor')));
  // Draft builds know their address, so they have a sitemap to keep drafts out of.
  mustSucceed('draft-essay', await buildSite(paths.draftSite, { ...fixtureEnv('draft-essay'), SITE_URL: siteOrigin }));
  mustSucceed(
    'draft-essay review',
    await buildSite(paths.draftReviewSite, {
      ...fixtureEnv('draft-essay', 'draft-review'),
      INCLUDE_DRAFTS: '1',
      SITE_URL: siteOrigin,
    }),
  );
  const site = await serveSite(paths.site);
  const baseSite = await serveSite(paths.baseSite, basePath);
  const aliasSite = await serveSite(paths.aliasSite);
  return {
    provided: {
      siteUrl: site.url,
      baseSiteUrl: baseSite.url,
      aliasSiteUrl: aliasSite.url,
      mainBuildOutput: main.output,
      fixtureBuilds,
    },
    close: async () => {
      await Promise.all([site.close(), baseSite.close(), aliasSite.close()]);
    },
  };
}

// The build and browser projects both list this file; Vitest runs it once per project, in the same
// process, so the builds are started once and shared, and served until the last project is done.
const shared = globalThis as typeof globalThis & { sharedBuilds?: Promise<SharedBuilds>; sharedUsers?: number };

/**
 * Builds the site once per test run (plus the base-path and fixture builds) and serves the output. The
 * main build is a default build (no SITE_URL, no BASE_PATH); the base-path build is told its origin
 * too, as a real deployment would be.
 */
export default async function setup(project: TestProject) {
  shared.sharedBuilds ??= buildAndServe();
  shared.sharedUsers = (shared.sharedUsers ?? 0) + 1;
  const builds = await shared.sharedBuilds;
  for (const [key, value] of Object.entries(builds.provided)) {
    project.provide(key as keyof SharedBuilds['provided'], value as never);
  }
  return async () => {
    shared.sharedUsers = (shared.sharedUsers ?? 1) - 1;
    if (shared.sharedUsers === 0) await builds.close();
  };
}
