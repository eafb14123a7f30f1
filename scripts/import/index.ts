import { parseArgs } from 'node:util';
import { importEssay } from './importEssay.ts';

const usage =
  'Usage: npm run import -- <file.txt | file.html | https://…> [--slug <id>] [--kind article|forum-thread] [--selector <css>]\n' +
  '  --selector <css>  for a saved web page: the element that holds the article, when Readability picks the wrong part';

/** `npm run import`: imports one scraped text or saved web page as a draft essay and prints the report. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      kind: { type: 'string' },
      selector: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  if (positionals.length !== 1) throw new Error(`expected one file or URL, found ${positionals.length}\n${usage}`);
  if (values.kind !== undefined && values.kind !== 'article' && values.kind !== 'forum-thread') {
    throw new Error(`--kind: expected "article" or "forum-thread", found "${values.kind}"`);
  }
  const result = await importEssay({ input: positionals[0]!, slug: values.slug, kind: values.kind, selector: values.selector });
  console.log(result.report);
}

main().catch((error: Error) => {
  console.error(`import: ${error.message}`);
  process.exitCode = 1;
});
