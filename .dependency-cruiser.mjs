// The project's rooms and their one-way doors, checked by dependency-cruiser in `npm test`
// (`npm run deps`). A folder is a room and an import a door: site code never reaches into the
// scripts or the tests, scripts never into the tests, and inside src/lib each concern folder
// imports only the folders declared beneath it. dependency-cruiser cannot read .astro files;
// tests/tools/astroImports.test.ts holds them to the same doors.

/** Each src/lib folder and the folders it may import, bottom first. */
const libLayers = {
  text: [],
  model: ['text'],
  essay: ['text', 'model'],
  source: ['text', 'model'],
  page: ['text', 'model', 'essay'],
  debate: ['text', 'model', 'essay', 'source', 'page'],
  cards: ['text', 'model', 'page'],
  host: ['text', 'model', 'page'],
  search: ['text', 'model', 'essay', 'source', 'page', 'debate'],
  map: ['text', 'model', 'page', 'debate'],
};

const folders = Object.keys(libLayers);

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes the order modules load in matter and hides which one is the base.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'site-not-to-scripts-or-tests',
      severity: 'error',
      comment: 'The site is built from src/ alone; what scripts and tests share with it lives in src/.',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'scripts-not-to-tests',
      severity: 'error',
      comment: 'npm start and the bench must run without the test folder; shared helpers live in scripts/lib/.',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'lib-only-to-lib',
      severity: 'error',
      comment: 'src/lib is the bottom of the site: pages, components, client code and build hooks use it, never the reverse.',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: '^src/lib/' },
    },
    {
      name: 'lib-in-concern-folders',
      severity: 'error',
      comment: 'Every module of src/lib sits in the folder of its concern.',
      from: {},
      to: { path: '^src/lib/[^/]+$' },
    },
    {
      name: 'lib-unknown-folder',
      severity: 'error',
      comment: 'A new src/lib folder must be given its place in libLayers (.dependency-cruiser.mjs).',
      from: {},
      to: { path: '^src/lib/[^/]+/', pathNot: `^src/lib/(${folders.join('|')})/` },
    },
    ...Object.entries(libLayers).map(([folder, beneath]) => ({
      name: `lib-${folder}-imports-only-beneath`,
      severity: 'error',
      comment: `src/lib/${folder}/ may import only ${beneath.length ? beneath.map((name) => `src/lib/${name}/`).join(', ') : 'itself'}.`,
      from: { path: `^src/lib/${folder}/` },
      to: { path: '^src/lib/', pathNot: `^src/lib/(${[folder, ...beneath].join('|')})/` },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.tmp|\\.astro|tests/fixtures)/' },
    // Virtual modules Astro provides at build time (astro:content, astro:middleware) resolve to nothing here.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6'],
  },
};
