import { browser } from 'wxt/browser';
import { parseMeetingUrl, type MeetingPlatform } from '../meeting/meeting-url';
import { applyAppearance } from '../settings/apply-appearance';
import { APPEARANCE_KEY } from '../settings/appearance-shape';
import { appearanceV2 } from '../settings/migrations/appearance-v2';
import {
  firstScreenKey,
  INTERVIEWED_MEETINGS_KEY,
  recordToShow,
  shippedFirstScreenPath,
  STAND_IN_SOURCE_KEY,
  type FirstScreenRecord,
  type RecordLayout,
} from './first-screen-record';
import { buildTree } from './screen-tree';

/** The build's own record of a platform's stand-in (public/first-screen/), or undefined. */
const fetchShipped = (platform: MeetingPlatform): Promise<unknown> =>
  fetch(browser.runtime.getURL(shippedFirstScreenPath(platform)))
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined);

/**
 * Paints, in `root`, the first screen the last new call of this platform showed (or, before any,
 * the build's own), when this call is new too: checked against what `storage` holds (storage.local,
 * read once by the frame's entry), drawn without React and before the service worker has answered.
 * It takes no input (inert) until React draws the same screen in its place from the background's
 * answer (entrypoints/sidebar/main.ts). Returns the record painted, or null.
 */
export async function paintEarlyScreen(
  href: string,
  layout: RecordLayout,
  root: HTMLElement,
  storage: Promise<Record<string, unknown>>,
  shipped: (platform: MeetingPlatform) => Promise<unknown> = fetchShipped,
): Promise<FirstScreenRecord | null> {
  const meeting = parseMeetingUrl(href);
  if (!meeting) return null;
  const stored = await storage;
  const checks = { interviewed: stored[INTERVIEWED_MEETINGS_KEY], standInSource: stored[STAND_IN_SOURCE_KEY] };
  const kept = stored[firstScreenKey(meeting.platform)];
  const record = recordToShow(meeting.key, layout, kept ?? (await shipped(meeting.platform)), checks);
  const screen = record && buildTree(document, record.tree);
  if (!(screen instanceof HTMLElement)) return null;
  applyAppearance(appearanceV2(stored[APPEARANCE_KEY]));
  screen.inert = true;
  root.replaceChildren(screen);
  performance.mark('sidebar early screen');
  return record;
}
