/** What an essay's source is. */
export const essayKinds = ['article', 'forum-thread'] as const;

/** One of the essay kinds. */
export type EssayKind = (typeof essayKinds)[number];

/** How each kind is named to readers. */
export const essayKindLabels: Record<EssayKind, string> = {
  article: 'Article',
  'forum-thread': 'Forum thread',
};
