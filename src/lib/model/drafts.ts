/** The one rule for whether an essay is published: it is, unless its frontmatter says `draft: true`. */
export function isPublished(essay: { draft?: boolean | undefined }): boolean {
  return essay.draft !== true;
}

/** True when this build renders drafts for review (`INCLUDE_DRAFTS=1`). */
export function includesDrafts(env: Record<string, string | undefined>): boolean {
  return env.INCLUDE_DRAFTS === '1';
}

/** Whether a build renders the essay: every published one, and drafts too when reviewing. */
export function isRendered(essay: { draft?: boolean | undefined }, env: Record<string, string | undefined>): boolean {
  return isPublished(essay) || includesDrafts(env);
}

/** Whether a page URL is a draft essay's, so that the sitemap leaves it out. */
export function isDraftPage(url: string, draftIds: readonly string[]): boolean {
  const path = new URL(url, 'http://localhost').pathname;
  return draftIds.some((id) => path.endsWith(`/essays/${id}/`));
}
