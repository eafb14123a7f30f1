import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { pagePaths } from '../../scripts/lib/builtSite.ts';
import { paths } from '../../scripts/lib/paths.ts';

// Rules come from the committed .htmlvalidate.mjs, as they would for `npx html-validate`.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = await pagePaths();

test.each(pages)('%s is valid HTML with no html-validate error', async (path) => {
  const file = join(paths.site, path.endsWith('/') ? `${path}index.html` : path);
  const report = await validator.validateFile(file);
  const messages = report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  expect(messages).toEqual([]);
});
