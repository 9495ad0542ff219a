import { browser } from 'wxt/browser';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { platformOf } from '../platforms';
import { APPEARANCE_KEY } from '../settings/appearance-shape';
import { appearanceV2 } from '../settings/migrations/appearance-v2';
import { clampWidth, DEFAULT_LAYOUT, layoutStorageKey, type SidebarLayout } from '../settings/sidebar-layout';
import type { DockStart } from './dock-protocol';

/**
 * Where the frame goes on a page whose URL names a meeting, read by the frame itself from the
 * storage the background's call answer reads (lib/background/tab-calls.ts): after a browser
 * restart that answer waits for the worker to start, and the frame can be placed before it. Read
 * from `storage`, the whole of storage.local read in one plain call (the frame's entry reads it
 * once, before the page has said where it is), as lib/settings/sidebar-layout-store.ts and
 * lib/settings/appearance.ts store them, so that their library (about 5 kB gzipped) stays out of
 * the first screen; a value from a build before the appearance's version 2 is read through that
 * version's migration.
 * Null where the URL names no meeting (a landing page, Teams after joining): the frame then waits
 * for the background, which may also say there is no call there.
 */
export async function dockStartAt(
  href: string,
  storage: Promise<Record<string, unknown>> = browser.storage.local.get(null),
): Promise<DockStart | null> {
  const meeting = parseMeetingUrl(href);
  if (!meeting) return null;
  const { platform } = meeting;
  const stored = await storage;
  const fallback: SidebarLayout = { ...DEFAULT_LAYOUT, dock: platformOf(platform).defaultDock };
  const field = <K extends keyof SidebarLayout>(name: K) =>
    (stored[layoutStorageKey(platform, name)] ?? fallback[name]) as SidebarLayout[K];
  const width = field('width');
  return {
    platform,
    layout: {
      collapsed: field('collapsed'),
      dock: field('dock'),
      width: width === null ? null : clampWidth(width),
      compact: field('compact'),
      mode: field('mode'),
    },
    callStart: appearanceV2(stored[APPEARANCE_KEY]).callStart,
  };
}
