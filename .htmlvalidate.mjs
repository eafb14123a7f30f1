// html-validate configuration, read by `npx html-validate` and by tests/build/htmlValidity.test.ts.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // MDX writes void elements self-closed (<hr/>) while Astro templates omit the slash (<meta>).
    // Both forms are valid HTML; this rule only asks that one page use one of them.
    'void-style': 'off',
  },
};
