import { useEffect } from 'react';
import { DEFAULT_APPEARANCE, readAppearance, watchAppearance, type Appearance } from '@/lib/settings/appearance';
import { useStoredSetting } from './use-stored-setting';

/** Applies the theme and text size to this page's root element, and returns the preferences. */
export function useAppearance(): Appearance {
  const appearance = useStoredSetting(readAppearance, watchAppearance, []) ?? DEFAULT_APPEARANCE;
  useEffect(() => {
    const root = document.documentElement;
    if (appearance.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = appearance.theme;
    root.dataset.textSize = appearance.textSize;
  }, [appearance.theme, appearance.textSize]);
  return appearance;
}
