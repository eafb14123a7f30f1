import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isPublished } from '../model/drafts.ts';
import { frontmatterFields } from '../essay/splitFrontmatter.ts';

/**
 * Ids of the draft essays in a folder, so that the sitemap can leave them out. Call it when the
 * sitemap is written, not while the config loads: by then the essays loader has checked every
 * file's frontmatter and named the file of any that is wrong, whereas an error thrown from the
 * config is reported only as "Unable to load your Astro config".
 */
export function draftEssayIds(essaysDir: string): string[] {
  const names = readdirSync(essaysDir).filter((name) => name.endsWith('.mdx'));
  return names
    .filter((name) => {
      const file = join(essaysDir, name);
      return !isPublished(frontmatterFields(readFileSync(file, 'utf8'), file));
    })
    .map((name) => name.replace(/\.mdx$/, ''));
}
