// YAML frontmatter of MDX files: read by the essays loader, the importer, the coverage script, the
// tests, the benchmark and the corpus generator. Astro's parseFrontmatter finds the block.
import { parseFrontmatter as splitAtFences, type ParseFrontmatterOptions } from '@astrojs/markdown-remark';
import { parse } from 'yaml';

type BodyMode = ParseFrontmatterOptions['frontmatter'];

/** Astro's split of a file at its frontmatter fences, with a YAML syntax error named by file. */
function split(raw: string, file: string, mode: BodyMode): { rawFrontmatter: string; content: string } {
  try {
    return splitAtFences(raw, { frontmatter: mode });
  } catch (error) {
    throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The fields of a frontmatter block. Astro's parser (js-yaml, YAML 1.1) has checked its syntax; the
 * fields are read with `yaml` (YAML 1.2), the library the importer writes drafts with, so that an
 * unquoted date such as `published: 2024-05-01` stays the text the source gave, not a Date.
 */
function fieldsOf(rawFrontmatter: string, file: string): Record<string, unknown> {
  let fields: unknown;
  try {
    fields = parse(rawFrontmatter) ?? {};
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

/** An MDX file split at its `---` fences: the YAML text and the body after it (no fences: all body). */
export function splitFrontmatter(raw: string, file = 'the file'): { frontmatter: string; body: string } {
  const { rawFrontmatter, content } = split(raw, file, 'remove');
  return { frontmatter: rawFrontmatter.trim(), body: content };
}

/** An MDX file's parsed frontmatter and its body; throws, naming the file, when there is no frontmatter. */
export function parseFrontmatter<T = Record<string, unknown>>(text: string, file = 'the file'): { data: T; body: string } {
  const { rawFrontmatter, content } = split(text, file, 'remove');
  if (!rawFrontmatter) throw new Error(`${file}: expected YAML frontmatter between two "---" lines at the top, found none`);
  return { data: fieldsOf(rawFrontmatter, file) as T, body: content };
}

/**
 * The fields of a file's frontmatter, for a schema to check; a file without frontmatter has none.
 * Throws naming the file when the YAML does not parse or is not a list of "field: value" lines.
 */
export function frontmatterFields(raw: string, file: string): Record<string, unknown> {
  return fieldsOf(split(raw, file, 'remove').rawFrontmatter, file);
}

/**
 * An MDX file's body with its frontmatter replaced by as many empty lines, so that a line number
 * in the body is the line in the file (what essayTree's errors and warnings name).
 */
export function bodyWithFileLines(raw: string, file: string): string {
  return split(raw, file, 'empty-with-lines').content;
}
