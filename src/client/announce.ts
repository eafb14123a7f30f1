/** Announces a short message to screen readers through the page's polite live region. */
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-announcer]');
  if (!region) return;
  // Clearing first makes a repeated message ("Link copied" twice) be read again.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}
