import { parseThemeSetting, themeStorageKey, type ThemeSetting } from '../lib/theme.ts';

/** Sets or clears the forced theme on the root element, as the head's theme script does on load. */
function applyTheme(setting: ThemeSetting): void {
  if (setting === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = setting;
}

/** Sets the theme switch (shown by CSS once the head script ran) to the stored choice; a change applies at once and is kept. */
export function wireThemeSelect(): void {
  for (const label of document.querySelectorAll<HTMLElement>('[data-theme-select]')) {
    const select = label.querySelector('select');
    if (!select) continue;
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(themeStorageKey);
    } catch {
      // Storage blocked: the switch still works for this page.
    }
    select.value = parseThemeSetting(stored);
    label.dataset.ready = '';
    select.addEventListener('change', () => {
      const setting = parseThemeSetting(select.value);
      applyTheme(setting);
      try {
        if (setting === 'system') localStorage.removeItem(themeStorageKey);
        else localStorage.setItem(themeStorageKey, setting);
      } catch {
        // Storage blocked: the choice lasts for this page only.
      }
    });
  }
}
