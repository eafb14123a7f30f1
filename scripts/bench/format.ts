// Numbers and plain-text tables for the benchmark's console output.

/** Milliseconds as "123 ms" (or "–" when unknown). */
export function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : '–';
}

/** Bytes as "12,345 B (12.1 kB)"; kB are 1024 bytes. */
export function bytes(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = Math.round(value);
  return rounded < 1024 ? `${rounded} B` : `${rounded.toLocaleString('en')} B (${(rounded / 1024).toFixed(1)} kB)`;
}

/** A ratio as "0.31×" (or "–" when either side is unknown or zero). */
export function ratio(ours: number, reference: number): string {
  return Number.isFinite(ours) && Number.isFinite(reference) && reference !== 0 ? `${(ours / reference).toFixed(2)}×` : '–';
}

/** A section heading for the printed report. */
export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`;
}
