import { announce } from './announce.ts';

/** Shows the build-time copy-link buttons and makes each copy its section's absolute URL. */
export function wireCopyLinks(): void {
  if (!navigator.clipboard) return; // The anchor link beside each button still works.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = new URL(location.pathname, location.origin);
      url.hash = button.dataset.copyLink ?? '';
      try {
        await navigator.clipboard.writeText(url.href);
        announce('Link copied');
      } catch {
        announce('Could not copy the link; use the # link beside the heading instead');
      }
    });
  }
}
