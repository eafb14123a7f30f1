import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isPublished } from './drafts.ts';
import { splitFrontmatter } from './splitFrontmatter.ts';

/** Ids of the draft essays in a folder, read before the build so the sitemap can leave them out. */
export function draftEssayIds(essaysDir: string): string[] {
  const names = readdirSync(essaysDir).filter((name) => name.endsWith('.mdx'));
  return names
    .filter((name) => !isPublished(parse(splitFrontmatter(readFileSync(join(essaysDir, name), 'utf8')).frontmatter) ?? {}))
    .map((name) => name.replace(/\.mdx$/, ''));
}
