import { browser } from 'wxt/browser';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { applyAppearance } from '../settings/apply-appearance';
import { APPEARANCE_KEY } from '../settings/appearance-shape';
import { appearanceV2 } from '../settings/migrations/appearance-v2';
import { DEFAULT_LAYOUT, layoutStorageKey } from '../settings/sidebar-layout';
import { firstScreenKey, INTERVIEWED_MEETINGS_KEY, recordToShow, type FirstScreenRecord } from './first-screen-record';
import { buildTree } from './screen-tree';

/**
 * Paints, in `root`, the first screen the last new call of this platform showed, when this call
 * is new too: read from `storage` (storage.local, read once by the frame's entry), drawn without
 * React and before the service worker has answered. It takes no input (inert) until React draws the same screen in its place from the
 * background's answer (entrypoints/sidebar/main.ts). Returns the record painted, or null.
 */
export async function paintEarlyScreen(
  href: string,
  root: HTMLElement,
  storage: Promise<Record<string, unknown>> = browser.storage.local.get(null),
): Promise<FirstScreenRecord | null> {
  const meeting = parseMeetingUrl(href);
  if (!meeting) return null;
  const key = firstScreenKey(meeting.platform);
  const compactKey = layoutStorageKey(meeting.platform, 'compact');
  const stored = await storage;
  const compact = (stored[compactKey] ?? DEFAULT_LAYOUT.compact) === true;
  const record = recordToShow(meeting.key, compact, stored[key], stored[INTERVIEWED_MEETINGS_KEY]);
  const screen = record && buildTree(document, record.tree);
  if (!(screen instanceof HTMLElement)) return null;
  applyAppearance(appearanceV2(stored[APPEARANCE_KEY]));
  screen.inert = true;
  root.replaceChildren(screen);
  performance.mark('sidebar early screen');
  return record;
}
