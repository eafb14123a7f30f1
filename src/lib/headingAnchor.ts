/** Class names and label text shared by build-time heading anchors, so Markdown and component headings look alike. */
export const anchorClasses = {
  wrapper: 'heading-wrapper',
  link: 'anchor-link',
  copy: 'copy-link',
} as const;

/** Accessible name of the permanent link placed after a heading. */
export function anchorLabel(headingText: string): string {
  return `Link to section: ${headingText.trim()}`;
}

/** Accessible name of the button that copies a heading's absolute URL. */
export function copyLabel(headingText: string): string {
  return `Copy link to section: ${headingText.trim()}`;
}
