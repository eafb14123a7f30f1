import { load, YAMLException } from 'js-yaml';
import { argumentFile, type ArgumentFileData } from './argumentSchema.ts';

/** One argument file read: its data, or what is wrong with it, each problem naming the file and field. */
export type ParsedArgumentFile = { data: ArgumentFileData; errors?: undefined } | { data?: undefined; errors: string[] };

/**
 * Parses and checks one argument file's YAML against its schema (argumentSchema.ts). js-yaml,
 * which Astro's own loaders use, parses the arguments of a thousand essays several times faster
 * than the `yaml` package the tools use for small files.
 */
export function parseArgumentFile(text: string, file: string): ParsedArgumentFile {
  let raw: unknown;
  try {
    // js-yaml cuts each value out of the file's text, and V8 keeps such cuts as slices that hold the
    // whole text alive as long as one quote lives: at 10,000 essays, the 76 MB of argument files for
    // the whole build. Copied out (0.2 s a 19 MB file), the peak there was 1,636–1,662 MiB against
    // 1,689–1,806 MiB (alternating builds, docs/performance.md).
    raw = structuredClone(load(text, { filename: file }));
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { line, column } = error.mark ?? {};
    const where = line === undefined ? '' : ` (${line + 1}:${(column ?? 0) + 1})`;
    return { errors: [`${file}: not valid YAML: ${error.reason}${where}`] };
  }
  const result = argumentFile.safeParse(raw);
  if (result.success) return { data: result.data };
  return {
    errors: result.error.issues.map((issue) => `${file}: ${issue.path.map(String).join('.') || '(the file)'}: ${issue.message}`),
  };
}
