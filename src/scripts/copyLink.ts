/** Announces a short message to screen readers through the page's polite live region. */
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-announcer]');
  if (!region) return;
  // Clearing first makes a repeated message ("Link copied" twice) be read again.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}

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
