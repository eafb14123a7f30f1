import { expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/host/contentSecurityPolicy.ts';
import { pagePaths, readPage, selectAll } from '../../scripts/lib/builtSite.ts';

const pages = await pagePaths();

test('the policy allows scripts only from the site (plus WebAssembly for Pagefind) and no plugins or base changes', () => {
  const directives = Object.fromEntries(
    contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
  );
  expect(directives).toMatchObject({
    'default-src': "'self'",
    'script-src': "'self' 'wasm-unsafe-eval'",
    'object-src': "'none'",
    'base-uri': "'self'",
  });
  expect(contentSecurityPolicy).not.toContain('unsafe-inline');
});

test.each(pages)('%s carries the Content-Security-Policy and has no inline script, handler or style', async (path) => {
  const page = await readPage(path);
  const csp = selectAll('meta[http-equiv="Content-Security-Policy"]', page);
  expect(csp.map((meta) => meta.properties.content)).toEqual([contentSecurityPolicy]);
  expect(selectAll('script:not([src])', page)).toEqual([]);
  expect(selectAll('style, [style]', page)).toEqual([]);
  const handlers = selectAll('*', page).flatMap((element) =>
    Object.keys(element.properties).filter((name) => /^on[A-Z]/.test(name)),
  );
  expect(handlers).toEqual([]);
});
