/** The theme settings a reader can choose; "system" follows the device. */
export const themeSettings = ['system', 'light', 'dark'] as const;

/** One of the theme settings. */
export type ThemeSetting = (typeof themeSettings)[number];

/** How each setting is named in the theme switch. */
export const themeLabels: Record<ThemeSetting, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The localStorage key that keeps the reader's choice. */
export const themeStorageKey = 'theme';

/**
 * Set on the root element by the head script, so that controls which need JavaScript (the theme
 * switch) take their place from the first paint instead of appearing later and moving the page.
 */
export const scriptedAttribute = 'data-scripted';

/** Reads a stored value as a setting; anything unknown (or nothing) is "system". */
export function parseThemeSetting(value: string | null | undefined): ThemeSetting {
  return themeSettings.includes(value as ThemeSetting) ? (value as ThemeSetting) : 'system';
}

/**
 * The script the head loads before the page paints: it sets `data-theme` on the root element
 * from the stored choice, which global.css turns into the forced colour scheme. Served as a
 * file (/theme.js) because the Content-Security-Policy allows no inline script.
 */
export function themeBootScript(): string {
  // Shipped as written, so kept short and without comments: it counts against every page's budget.
  return [
    `document.documentElement.setAttribute(${JSON.stringify(scriptedAttribute)}, '');`,
    'try {',
    `  const theme = localStorage.getItem(${JSON.stringify(themeStorageKey)});`,
    `  if (/^(light|dark)$/.test(theme)) document.documentElement.dataset.theme = theme;`,
    '} catch {}',
    '',
  ].join('\n');
}
