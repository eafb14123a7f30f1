import { median } from '../../lib/median.ts';
import type { AuditRow } from './runAudit.ts';

const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : '–');

/** A Markdown table: one row per page, then the totals. */
export function formatAudit(rows: readonly AuditRow[], buildMs: number): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const header = ['page', 'readerable', 'result', 'builds', 'recall', 'unsafe', 'source view', 'lang', 'warnings', 'ms'];
  const body = rows.map((row) =>
    line([
      row.name,
      row.readerable === undefined ? '–' : String(row.readerable),
      row.refused ? `refused: ${row.refused}` : 'imported',
      row.refused ? '–' : row.builds ? 'yes' : `no: ${row.buildError?.slice(0, 160) ?? ''}`,
      percent(row.recall),
      row.unsafe.length ? row.unsafe.join('; ') : '0',
      row.sourceView ?? '–',
      row.lang ?? '',
      String(row.warnings),
      String(Math.round(row.ms)),
    ]),
  );
  const imported = rows.filter((row) => !row.refused);
  const readerable = rows.filter((row) => row.readerable === true);
  const totals = [
    `pages: ${rows.length} (${readerable.length} readerable)`,
    `imported: ${imported.length}`,
    `refused: ${rows.length - imported.length} (readerable pages refused: ${readerable.filter((row) => row.refused).length})`,
    `builds: ${imported.filter((row) => row.builds).length} of ${imported.length} drafts`,
    `median sentence recall: ${percent(median(imported.map((row) => row.recall)))} (readerable pages: ${percent(median(readerable.filter((row) => !row.refused).map((row) => row.recall)))})`,
    `drafts keeping a script URL or remote image: ${imported.filter((row) => row.unsafe.length).length}`,
    `drafts with a lang: ${imported.filter((row) => row.lang).length}`,
    `saved pages whose source view shows the lines extraction read, removed ones marked: ${imported.filter((row) => row.sourceView === 'ok').length} of ${imported.filter((row) => row.sourceView !== undefined).length}`,
    `import time per page: median ${Math.round(median(rows.map((row) => row.ms)))} ms, max ${Math.round(Math.max(0, ...rows.map((row) => row.ms)))} ms; one build of every draft: ${(buildMs / 1000).toFixed(0)} s`,
  ];
  return [line(header), line(header.map(() => '---')), ...body, '', ...totals.map((total) => `- ${total}`)].join('\n');
}
