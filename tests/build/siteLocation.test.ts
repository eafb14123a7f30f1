import { expect, test } from 'vitest';
import { buildSite } from '../../scripts/lib/buildSite.ts';
import { paths } from '../../scripts/lib/paths.ts';

test.each([
  [
    'SITE_URL',
    'example.org',
    'SITE_URL must be the origin the site is served from, such as https://example.org; got "example.org"',
  ],
  ['BASE_PATH', 'open-models-debate', 'BASE_PATH must be a URL path that starts with "/", such as /open-models-debate/'],
])('a build with a malformed %s fails and says what was expected', async (variable, value, message) => {
  const result = await buildSite(`${paths.tmp}/bad-${variable}`, { [variable]: value });
  expect(result.code).not.toBe(0);
  expect(result.output).toContain(message);
});
