import { browser } from 'wxt/browser';

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
const KEY = 'appearance';

const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function normaliseAppearance(value: unknown): Appearance {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    theme: pick(v.theme, ['system', 'light', 'dark'], DEFAULT_APPEARANCE.theme),
    textSize: pick(v.textSize, ['small', 'medium', 'large'], DEFAULT_APPEARANCE.textSize),
    surface: pick(v.surface, ['page', 'side-panel'], DEFAULT_APPEARANCE.surface),
    callStart: pick(v.callStart, ['open', 'handle'], DEFAULT_APPEARANCE.callStart),
  };
}

// A preference, not interview data: kept in extension storage where the background can read it
// without waking the database, and every surface hears changes.
export async function readAppearance(): Promise<Appearance> {
  return normaliseAppearance((await browser.storage.local.get(KEY))[KEY]);
}

export async function updateAppearance(change: Partial<Appearance>): Promise<void> {
  await browser.storage.local.set({ [KEY]: normaliseAppearance({ ...(await readAppearance()), ...change }) });
}

export function watchAppearance(onChange: (appearance: Appearance) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(normaliseAppearance(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
