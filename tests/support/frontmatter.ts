// YAML frontmatter of MDX files, read without Astro: by the tests, the benchmark and the corpus generator.
import { parse } from 'yaml';

const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into its parsed frontmatter and its body; throws when there is no frontmatter. */
export function splitFrontmatter<T = Record<string, unknown>>(text: string, file = 'the file'): { data: T; body: string } {
  const match = fence.exec(text);
  if (!match) throw new Error(`${file}: expected YAML frontmatter between two "---" lines at the top, found none`);
  return { data: parse(match[1]!) as T, body: text.slice(match[0].length) };
}

/** The body of an MDX file, after its frontmatter. */
export function bodyOf(text: string): string {
  return splitFrontmatter(text).body;
}
