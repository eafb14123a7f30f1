import type { ElementContent } from 'hast';
import { h } from 'hastscript';

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

/** Builds the anchor link and copy button that follow a heading; both are hidden from the search index. */
export function anchorControls(id: string, text: string): ElementContent[] {
  return [
    h('a', { className: [anchorClasses.link], href: `#${id}`, dataPagefindIgnore: '' }, [
      h('span', { ariaHidden: 'true' }, '#'),
      h('span.sr-only', anchorLabel(text)),
    ]),
    // Shown by the page script: without JavaScript the anchor link above is the way to share.
    h('button', { type: 'button', className: [anchorClasses.copy], dataCopyLink: id, hidden: true, dataPagefindIgnore: '' }, [
      h('span', { ariaHidden: 'true' }, 'Copy link'),
      h('span.sr-only', copyLabel(text)),
    ]),
  ];
}
