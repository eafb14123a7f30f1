// YAML frontmatter of MDX files, read without Astro: by the importer, the coverage script, the tests,
// the benchmark and the corpus generator.
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
