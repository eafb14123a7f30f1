// YAML frontmatter of MDX files: read by the essays loader, the importer, the coverage script, the
// tests, the benchmark and the corpus generator.
import { parse } from 'yaml';

const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** An MDX file split at its `---` fences: the YAML text and the body after it (no fences: all body). */
export function splitFrontmatter(raw: string): { frontmatter: string; body: string } {
  const match = fence.exec(raw);
  if (!match) return { frontmatter: '', body: raw };
  return { frontmatter: match[1]!, body: raw.slice(match[0].length) };
}

/** An MDX file's parsed frontmatter and its body; throws, naming the file, when there is no frontmatter. */
export function parseFrontmatter<T = Record<string, unknown>>(text: string, file = 'the file'): { data: T; body: string } {
  const match = fence.exec(text);
  if (!match) throw new Error(`${file}: expected YAML frontmatter between two "---" lines at the top, found none`);
  return { data: parse(match[1]!) as T, body: text.slice(match[0].length) };
}

/**
 * The fields of a file's frontmatter, for a schema to check; a file without frontmatter has none.
 * Throws naming the file when the YAML does not parse or is not a list of "field: value" lines.
 */
export function frontmatterFields(raw: string, file: string): Record<string, unknown> {
  let fields: unknown;
  try {
    fields = parse(splitFrontmatter(raw).frontmatter) ?? {};
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (typeof fields !== 'object' || Array.isArray(fields)) {
    throw new Error(
      `${file}: expected frontmatter of "field: value" lines between two "---" lines, found ${JSON.stringify(fields)}`,
    );
  }
  return fields as Record<string, unknown>;
}
