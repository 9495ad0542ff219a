import { browser } from 'wxt/browser';
import { platformOf, type MeetingPlatform } from '../platforms';

/** Where and how the in-page sidebar sits. Remembered per platform (Meet and Zoom lay out differently). */
export interface SidebarLayout {
  collapsed: boolean;
  dock: 'left' | 'right';
  /** In px; null until the user resizes it: then it follows the screen (see autoWidth). */
  width: number | null;
  /** Only the question and the notes, in a shorter panel. */
  compact: boolean;
  /** Beside the call (the page is narrowed to make room) or over it (a floating panel). */
  mode: 'beside' | 'overlay';
}

export const DEFAULT_LAYOUT: SidebarLayout = { collapsed: false, dock: 'right', width: null, compact: false, mode: 'beside' };
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;

/** The width before the user picks one: a quarter of the window, 360 px to 480 px (1280 → 360, 1920 → 480). */
export function autoWidth(viewportWidth: number): number {
  return Math.round(Math.min(480, Math.max(360, viewportWidth / 4)));
}

/** What the call keeps of the window's width: over the call 160 px; beside it, room for its control bar. */
export const CALL_MIN_WIDTH = { overlay: 160, beside: 720 } as const;

/** The width to use in a window: the stored one (or the automatic one), leaving the call its minimum. */
export function clampWidth(width: number | null, viewportWidth = Infinity, mode: SidebarLayout['mode'] = 'overlay'): number {
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, viewportWidth - CALL_MIN_WIDTH[mode]));
  const wanted =
    typeof width === 'number' && Number.isFinite(width) ? width : autoWidth(Number.isFinite(viewportWidth) ? viewportWidth : 1280);
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, wanted)));
}

/** Anything read from storage is checked: a bad or old value falls back to the defaults field by field. */
export function normaliseLayout(value: unknown, defaultDock: SidebarLayout['dock'] = DEFAULT_LAYOUT.dock): SidebarLayout {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof SidebarLayout, unknown>>;
  return {
    collapsed: typeof v.collapsed === 'boolean' ? v.collapsed : DEFAULT_LAYOUT.collapsed,
    dock: v.dock === 'left' || v.dock === 'right' ? v.dock : defaultDock,
    width: typeof v.width === 'number' && Number.isFinite(v.width) ? clampWidth(v.width) : null,
    compact: typeof v.compact === 'boolean' ? v.compact : DEFAULT_LAYOUT.compact,
    mode: v.mode === 'overlay' ? 'overlay' : 'beside',
  };
}

// Layout lives in extension storage, not the database: the content script needs it to place the
// frame, and it must never open IndexedDB. storage.local is the extension's, not the page's.
// One key per field: the frame and the content script write different fields at the same time,
// and a read-merge-write of one object would let one undo the other.
const FIELDS = Object.keys(DEFAULT_LAYOUT) as (keyof SidebarLayout)[];
const fieldKey = (platform: MeetingPlatform, field: keyof SidebarLayout) => `layout:${platform}:${field}`;

export async function readLayout(platform: MeetingPlatform): Promise<SidebarLayout> {
  const stored = await browser.storage.local.get(FIELDS.map((f) => fieldKey(platform, f)));
  return normaliseLayout(Object.fromEntries(FIELDS.map((f) => [f, stored[fieldKey(platform, f)]])), platformOf(platform).defaultDock);
}

export async function updateLayout(platform: MeetingPlatform, change: Partial<SidebarLayout>): Promise<void> {
  const valid = normaliseLayout({ ...DEFAULT_LAYOUT, ...change });
  const fields = FIELDS.filter((f) => change[f] !== undefined);
  await browser.storage.local.set(Object.fromEntries(fields.map((f) => [fieldKey(platform, f), valid[f]])));
}

/** Calls `onChange` with the whole layout whenever a field of it changes (in any tab or surface). */
export function watchLayout(platform: MeetingPlatform, onChange: (layout: SidebarLayout) => void): () => void {
  const keys = new Set(FIELDS.map((f) => fieldKey(platform, f)));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => keys.has(k))) void readLayout(platform).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
