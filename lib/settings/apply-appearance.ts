import type { Appearance } from './appearance-shape';

/** Sets the theme and text size on this page's root element (before the first paint when called early). */
export function applyAppearance({ theme, textSize }: Pick<Appearance, 'theme' | 'textSize'>): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.dataset.textSize = textSize;
}
