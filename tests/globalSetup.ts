import type { TestProject } from 'vitest/node';
import { rm } from 'node:fs/promises';
import { buildSite, type BuildResult } from './support/buildSite.ts';
import { serveSite } from './support/serveSite.ts';
import { paths, basePath } from './support/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin and base of the main build, served on loopback. */
    siteUrl: string;
    /** Origin and base of the build under BASE_PATH, served on loopback. */
    baseSiteUrl: string;
    /** Origin and base of the fixture build whose anchors were renamed, served on loopback. */
    aliasSiteUrl: string;
    /** Output of the fixture builds that must fail, by fixture name. */
    fixtureBuilds: Record<string, BuildResult>;
  }
}

const failingFixtures = ['bad-frontmatter', 'unknown-section'];

/** Builds a fixture's content with a cache of its own, so it never leaks into the real build. */
function fixtureEnv(name: string, cache = name): Record<string, string> {
  return { CONTENT_DIR: `tests/fixtures/${name}`, ASTRO_CACHE_DIR: `${paths.tmp}/cache-${cache}` };
}

function mustSucceed(name: string, result: BuildResult): void {
  if (result.code !== 0) throw new Error(`The ${name} build failed:\n${result.output}`);
}

/** Builds the site once per test run (plus the base-path and fixture builds) and serves the output. */
export default async function setup(project: TestProject) {
  await rm(paths.tmp, { recursive: true, force: true });
  mustSucceed('main', await buildSite(paths.site));
  mustSucceed('base-path', await buildSite(paths.baseSite, { BASE_PATH: basePath }));
  const fixtureBuilds: Record<string, BuildResult> = {};
  for (const name of failingFixtures) {
    fixtureBuilds[name] = await buildSite(`${paths.tmp}/fixture-${name}`, fixtureEnv(name));
  }
  mustSucceed('renamed-anchor', await buildSite(paths.aliasSite, fixtureEnv('renamed-anchor')));
  mustSucceed('draft-essay', await buildSite(paths.draftSite, fixtureEnv('draft-essay')));
  mustSucceed(
    'draft-essay review',
    await buildSite(paths.draftReviewSite, { ...fixtureEnv('draft-essay', 'draft-review'), INCLUDE_DRAFTS: '1' }),
  );
  const site = await serveSite(paths.site);
  const baseSite = await serveSite(paths.baseSite, basePath);
  const aliasSite = await serveSite(paths.aliasSite);
  project.provide('siteUrl', site.url);
  project.provide('baseSiteUrl', baseSite.url);
  project.provide('aliasSiteUrl', aliasSite.url);
  project.provide('fixtureBuilds', fixtureBuilds);
  return async () => {
    await Promise.all([site.close(), baseSite.close(), aliasSite.close()]);
  };
}
