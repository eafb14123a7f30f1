import { announce } from './announce.ts';

/** How long the button says "Copied" before it reads "Copy link" again. */
const feedbackMs = 2000;

/** Whether to offer the system share sheet: a touch-first device whose browser has one. */
function shouldShare(): boolean {
  return 'share' in navigator && matchMedia('(pointer: coarse)').matches;
}

/** Says "Copied" on the button for two seconds. */
function flash(button: HTMLButtonElement): void {
  const label = button.querySelector('[aria-hidden="true"]')!;
  label.textContent = 'Copied';
  setTimeout(() => (label.textContent = 'Copy link'), feedbackMs);
}

/** Turns a copy button into a share button: the same place, the system share sheet. */
function useShareSheet(button: HTMLButtonElement): void {
  for (const span of button.querySelectorAll('span'))
    span.textContent = (span.textContent ?? '').replace(/^Copy link/, 'Share link');
}

/**
 * Shows the build-time copy-link buttons and makes each copy its section's absolute URL, saying
 * "Copied" on the button for two seconds besides the screen-reader announcement. On touch
 * devices with a share sheet, the button shares the link instead.
 */
export function wireCopyLinks(): void {
  const share = shouldShare();
  if (!share && !navigator.clipboard) return; // The anchor link beside each button still works.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.hidden = false;
    if (share) useShareSheet(button);
    button.addEventListener('click', async () => {
      const url = new URL(location.pathname, location.origin);
      url.hash = button.dataset.copyLink ?? '';
      if (share) {
        // A dismissed share sheet rejects; there is nothing to report then.
        await navigator.share({ title: document.title, url: url.href }).catch(() => undefined);
        return;
      }
      try {
        await navigator.clipboard.writeText(url.href);
        flash(button);
        announce('Link copied');
      } catch {
        announce('Could not copy the link; use the # link instead');
      }
    });
  }
}
