import { useEffect } from 'react';
import { DEFAULT_APPEARANCE, readAppearance, watchAppearance, type Appearance } from '@/lib/settings/appearance';
import { useBootPrefs } from './use-boot-prefs';
import { useStoredSetting } from './use-stored-setting';

/** Sets the theme and text size on this page's root element (before the first paint when called early). */
export function applyAppearance({ theme, textSize }: Appearance): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.dataset.textSize = textSize;
}

/** Applies the theme and text size to this page's root element, and returns the preferences. */
export function useAppearance(): Appearance {
  const appearance = useStoredSetting(readAppearance, watchAppearance, [], useBootPrefs().appearance) ?? DEFAULT_APPEARANCE;
  useEffect(() => applyAppearance(appearance), [appearance]);
  return appearance;
}
