import { defineConfig } from 'vitest/config';

// Five projects: `unit` runs pure functions without building anything (`vitest run --project unit`);
// `tools` tests the importer, the corpus generator and the workflows, also without a build;
// `build` and `browser` share one build of the site, made once per run by tests/globalSetup.ts;
// `growth` also builds a generated corpus of 300 essays once (tests/growthSetup.ts) and checks the bounds.
// The browser project runs last and alone (sequence.groupOrder): on two cores, Chromium sharing the
// machine with html-validate over 300 essays made a three-second test take thirty.
export default defineConfig({
  test: {
    // Browser tests share two cores with Chromium; a few files at a time keeps timings steady.
    maxWorkers: 2,
    testTimeout: 30_000,
    // Polls wait on what the reader sees; a busy machine may take longer than the 1 s default to show it.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // Coverage of the site's own code by the tests that run in Node (src/client runs in Chromium and
    // src/integrations inside the build, so neither counts here). The floors are what the tests reach,
    // rounded down, as Starlight sets its own: src/lib is the pure logic every page depends on.
    // `npm test` turns it on (--coverage), so a single file run alone is not held to the floors.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
      // Outside .tmp/, which the test setup clears before it builds.
      reportsDirectory: 'coverage',
      thresholds: {
        lines: 60,
        'src/lib/**/*.ts': { lines: 88, statements: 88, functions: 88, branches: 80 },
      },
    },
    projects: [
      // Pure functions share no state, so their files can share one module cache (isolate: false).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // The importer, corpus generator and workflow checks: tools run on whole files, no build needed.
      { extends: true, test: { name: 'tools', include: ['tests/tools/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/globalSetup.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/globalSetup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'growth',
          include: ['tests/growth/**/*.test.ts'],
          globalSetup: ['tests/globalSetup.ts', 'tests/growthSetup.ts'],
          // Each test reads every page of a 300-essay build (html-validate takes about 25 s of it on an
          // idle machine), on two cores shared with the browser tests; a busy machine may need several times that.
          testTimeout: 240_000,
        },
      },
    ],
  },
});
