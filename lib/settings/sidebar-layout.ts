/**
 * Where and how the in-page sidebar sits. Remembered per platform (Meet and Zoom lay out
 * differently) in lib/settings/sidebar-layout-store.ts; the rules here are plain code.
 */
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

/**
 * The `storage.local` key of one field of a platform's layout (`local:<key>` to @wxt-dev/storage,
 * lib/settings/sidebar-layout-store.ts), also read directly where that library is not loaded yet
 * (lib/dock/dock-start.ts).
 */
export const layoutStorageKey = (platform: string, field: keyof SidebarLayout) => `layout:${platform}:${field}` as const;

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
