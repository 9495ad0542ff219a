import { useEffect } from 'react';
import { applyAppearance } from '@/lib/settings/apply-appearance';
import { DEFAULT_APPEARANCE, type Appearance } from '@/lib/settings/appearance-shape';
import { useBootPrefs } from './use-boot-prefs';
import { useStoredSetting } from './use-stored-setting';

// The storage library loads after the first screen: the sidebar paints from its first answer
// (useBootPrefs), and only following later changes needs lib/settings/appearance.ts.
const stored = () => import('@/lib/settings/appearance');
const readAppearance = () => stored().then((module) => module.readAppearance());
function watchAppearance(onChange: (appearance: Appearance) => void): () => void {
  let stop: (() => void) | undefined;
  let live = true;
  void stored().then((module) => {
    if (live) stop = module.watchAppearance(onChange);
  });
  return () => {
    live = false;
    stop?.();
  };
}

/** Applies the theme and text size to this page's root element, and returns the preferences. */
export function useAppearance(): Appearance {
  const appearance = useStoredSetting(readAppearance, watchAppearance, [], useBootPrefs().appearance) ?? DEFAULT_APPEARANCE;
  useEffect(() => applyAppearance(appearance), [appearance]);
  return appearance;
}
