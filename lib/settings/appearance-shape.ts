// What an appearance is, without the storage library (lib/settings/appearance.ts reads and writes
// it): code that must stay light, the content script and the sidebar's first screen, imports this.

export type Theme = 'system' | 'light' | 'dark';
export type TextSize = 'small' | 'medium' | 'large';
/** Where the toolbar button and the show/hide shortcut open the sidebar. */
export type SidebarSurface = 'page' | 'side-panel';

/** On a call: the sidebar opens by itself, or stays a Show handle until asked. */
export type CallStart = 'open' | 'handle';

export interface Appearance {
  theme: Theme;
  textSize: TextSize;
  surface: SidebarSurface;
  callStart: CallStart;
}

export const DEFAULT_APPEARANCE: Appearance = { theme: 'system', textSize: 'medium', surface: 'page', callStart: 'open' };

/** Its key in `storage.local` (`local:appearance` to @wxt-dev/storage). */
export const APPEARANCE_KEY = 'appearance';
