import { browser } from 'wxt/browser';
import { parseMeetingUrl, type MeetingPlatform } from '../meeting/meeting-url';
import { applyAppearance } from '../settings/apply-appearance';
import { APPEARANCE_KEY } from '../settings/appearance-shape';
import { appearanceV2 } from '../settings/migrations/appearance-v2';
import type { SidebarLayout } from '../settings/sidebar-layout';
import { isNotYetAnInterview } from '../interviews/not-yet-an-interview';
import type { OpenTabInterviewResult } from '../messaging/protocol';
import {
  firstScreenKey,
  frameWidth,
  INTERVIEWED_MEETINGS_KEY,
  recordToShow,
  shippedFirstScreenPath,
  STAND_IN_SOURCE_KEY,
  standInSource,
  type FirstScreenRecord,
  type RecordChecks,
  type RecordLayout,
} from './first-screen-record';
import { buildTree } from './screen-tree';

/** What the frame painted before React: the record, and whether it came from storage. */
export interface EarlyScreen {
  shown: FirstScreenRecord;
  kept: boolean;
}

/** The build's own record of a platform's stand-in (public/first-screen/), or undefined. */
const fetchShipped = (platform: MeetingPlatform): Promise<unknown> =>
  fetch(browser.runtime.getURL(shippedFirstScreenPath(platform)))
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined);

/**
 * Paints, in `root`, the first screen the last new call of this platform showed (or, before any,
 * the build's own), when this call is new too: drawn without React, and before the service worker
 * has answered when `storage` (storage.local, read once by the frame's entry) says the call is new
 * and what its stand-in is made of. Where it does not say yet (right after installing, the worker
 * may write it after the frame has read), the worker's `answer` does, and the screen is painted
 * then, still before React. It takes no input (inert) until React draws the same screen in its
 * place from that answer (entrypoints/sidebar/main.ts). Returns the record painted and whether
 * it is the one kept in storage (not the build's own, which React's screen is then kept in place
 * of, so that the next call reads it with the rest of storage instead of fetching it), or null.
 */
export async function paintEarlyScreen(
  href: string,
  /** Where the frame goes (lib/dock/dock-start.ts), in a window this wide. */
  { layout, viewport }: { layout: SidebarLayout; viewport: number },
  root: HTMLElement,
  storage: Promise<Record<string, unknown>>,
  answer: Promise<OpenTabInterviewResult>,
  shipped: (platform: MeetingPlatform) => Promise<unknown> = fetchShipped,
): Promise<EarlyScreen | null> {
  const meeting = parseMeetingUrl(href);
  if (!meeting) return null;
  const stored = await storage;
  const appearance = appearanceV2(stored[APPEARANCE_KEY]);
  const drawnIn: RecordLayout = {
    dock: layout.dock,
    compact: layout.compact,
    width: frameWidth(layout, viewport),
    textSize: appearance.textSize,
  };
  const interviewed = stored[INTERVIEWED_MEETINGS_KEY];
  // A call with its own interview: React draws it as soon as it can.
  if (Array.isArray(interviewed) && interviewed.includes(meeting.key)) return null;
  let checks: RecordChecks = { interviewed, standInSource: stored[STAND_IN_SOURCE_KEY] };
  let builds: Promise<unknown> | undefined;
  if (!Array.isArray(interviewed) || typeof checks.standInSource !== 'string') {
    // Right after installing nothing is kept either: the build's own is fetched while the worker
    // answers (a kept one, where there is one, is still preferred below).
    builds = shipped(meeting.platform);
    const opened = await answer.catch(() => undefined);
    if (opened?.status !== 'ready' || !isNotYetAnInterview(opened.session)) return null;
    checks = { interviewed: [], standInSource: standInSource(opened.session) };
  }
  const keptRecord = recordToShow(meeting.key, drawnIn, stored[firstScreenKey(meeting.platform)], checks);
  const record = keptRecord ?? recordToShow(meeting.key, drawnIn, await (builds ?? shipped(meeting.platform)), checks);
  const screen = record && buildTree(document, record.tree);
  if (!record || !(screen instanceof HTMLElement)) return null;
  applyAppearance(appearance);
  screen.inert = true;
  root.replaceChildren(screen);
  performance.mark('sidebar early screen');
  return { shown: record, kept: record === keptRecord };
}
