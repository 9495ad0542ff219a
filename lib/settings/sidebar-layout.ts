import { browser } from 'wxt/browser';
import type { MeetingPlatform } from '../meeting/meeting-url';

/** Where and how the in-page sidebar sits. Remembered per platform (Meet and Zoom lay out differently). */
export interface SidebarLayout {
  collapsed: boolean;
  dock: 'left' | 'right';
  width: number;
  /** Only the question and the notes, in a shorter panel. */
  compact: boolean;
}

export const DEFAULT_LAYOUT: SidebarLayout = { collapsed: false, dock: 'right', width: 360, compact: false };
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;

export function clampWidth(width: number, viewportWidth = Infinity): number {
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, viewportWidth - 160));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, Number.isFinite(width) ? width : DEFAULT_LAYOUT.width)));
}

/** Anything read from storage is checked: a bad or old value falls back to the defaults field by field. */
export function normaliseLayout(value: unknown): SidebarLayout {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof SidebarLayout, unknown>>;
  return {
    collapsed: typeof v.collapsed === 'boolean' ? v.collapsed : DEFAULT_LAYOUT.collapsed,
    dock: v.dock === 'left' ? 'left' : 'right',
    width: clampWidth(typeof v.width === 'number' ? v.width : DEFAULT_LAYOUT.width),
    compact: typeof v.compact === 'boolean' ? v.compact : DEFAULT_LAYOUT.compact,
  };
}

// Layout lives in extension storage, not the database: the content script needs it to place the
// frame, and it must never open IndexedDB. storage.local is the extension's, not the page's.
const storageKey = (platform: MeetingPlatform) => `layout:${platform}`;

export async function readLayout(platform: MeetingPlatform): Promise<SidebarLayout> {
  const key = storageKey(platform);
  return normaliseLayout((await browser.storage.local.get(key))[key]);
}

export async function updateLayout(platform: MeetingPlatform, change: Partial<SidebarLayout>): Promise<void> {
  const next = normaliseLayout({ ...(await readLayout(platform)), ...change });
  await browser.storage.local.set({ [storageKey(platform)]: next });
}

/** Calls `onChange` whenever the platform's layout changes (in any tab or surface). */
export function watchLayout(platform: MeetingPlatform, onChange: (layout: SidebarLayout) => void): () => void {
  const key = storageKey(platform);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) onChange(normaliseLayout(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
