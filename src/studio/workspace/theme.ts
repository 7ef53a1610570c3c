/** Light, dark, or following the system (the default); remembered in localStorage. */
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'asl-studio.theme';

export function loadTheme(): ThemeChoice {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
  try {
    globalThis.localStorage?.setItem(KEY, choice);
  } catch {
    // Remembering the theme is a nicety only.
  }
}
