import { themeStorageKey } from '../lib/model/theme.ts';

/**
 * Sets the theme switch (shown by CSS once the head script ran) to the theme that script applied;
 * a change applies at once and is kept in localStorage. The select offers only valid settings,
 * and the head script sets only "light" or "dark", so neither needs parsing here.
 */
export function wireThemeSelect(): void {
  const label = document.querySelector<HTMLElement>('[data-theme-select]');
  const select = label?.querySelector('select');
  if (!label || !select) return;
  const root = document.documentElement;
  select.value = root.dataset.theme ?? 'system';
  label.dataset.ready = '';
  select.addEventListener('change', () => {
    if (select.value === 'system') delete root.dataset.theme;
    else root.dataset.theme = select.value;
    try {
      localStorage.setItem(themeStorageKey, select.value);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  });
}
