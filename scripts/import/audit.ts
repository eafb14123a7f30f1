import { parseArgs } from 'node:util';
import { formatAudit } from './audit/formatAudit.ts';
import { runAudit } from './audit/runAudit.ts';

const usage = 'Usage: npm run import:audit -- <folder> [--missing]';

/** `npm run import:audit`: imports every page of a folder into a temporary content copy, builds once and prints the table. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { missing: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return console.log(usage);
  if (positionals.length !== 1) throw new Error(`expected one folder, found ${positionals.length}\n${usage}`);
  const { rows, buildMs } = await runAudit(positionals[0]!);
  console.log(formatAudit(rows, buildMs));
  if (values.missing) {
    for (const row of rows.filter((r) => r.missing.length)) {
      console.log(`\n${row.name}: ${row.missing.length} sentence(s) missing`);
      for (const sentence of row.missing.slice(0, 5)) console.log(`  - ${sentence.slice(0, 160)}`);
    }
  }
}

main().catch((error: Error) => {
  console.error(`import:audit: ${error.message}`);
  process.exitCode = 1;
});
