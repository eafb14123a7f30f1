/**
 * The folder the site's content comes from: `content/`, or the folder CONTENT_DIR names (the
 * tests' fixtures, a generated corpus). Read by the content config, the Astro config and the
 * build's page code alike, so all three read the same files.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR || 'content';
}
