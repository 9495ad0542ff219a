import type { MeetingPlatform } from '../meeting/meeting-url';
import { clampWidth, type SidebarLayout } from '../settings/sidebar-layout';
import { isScreenNode, type ScreenElement } from './screen-tree';

/**
 * What a new call's sidebar showed, kept so that the next new call paints it before the service
 * worker has started (lib/first-screen/early-screen.ts). In storage.local, which the background
 * makes readable by the extension's own pages only (lib/background/first-screen-keeper.ts).
 */
export interface FirstScreenRecord {
  version: typeof FIRST_SCREEN_VERSION;
  /** Of what the stand-in was made: the starting kit and the interviewer (standInSource). */
  source: string;
  /**
   * What it was drawn in, as far as the markup shows it: the compact view, the side of Hide's
   * arrow, and the frame's width and text size (what "Show all" under a long sample answer, shown
   * after measuring, depends on).
   */
  layout: RecordLayout;
  tree: ScreenElement;
}
export type RecordLayout = Pick<SidebarLayout, 'dock' | 'compact'> & { width: number; textSize: string };

/** Raised when the app's markup changes in a way an older record must not be shown for. */
export const FIRST_SCREEN_VERSION = 1;
/** One record per platform: the stand-in is drawn with that platform's layout. */
export const firstScreenKey = (platform: string) => `firstScreen:${platform}` as const;
/** The meeting keys that have an interview (sorted): their first screen is that interview's, not the stand-in. */
export const INTERVIEWED_MEETINGS_KEY = 'interviewedMeetings';
/** The digest (standInSource) of what a new call's stand-in is made of now, kept by the background. */
export const STAND_IN_SOURCE_KEY = 'standInSource';
/** Where the build's own records are (public/first-screen/): the stand-in right after installing. */
export const shippedFirstScreenPath = (platform: MeetingPlatform) => `/first-screen/${platform}.json` as const;

export function isFirstScreenRecord(value: unknown): value is FirstScreenRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { version, source, layout, tree } = value as Partial<FirstScreenRecord>;
  return (
    version === FIRST_SCREEN_VERSION &&
    typeof source === 'string' &&
    typeof layout === 'object' &&
    layout !== null &&
    (layout.dock === 'left' || layout.dock === 'right') &&
    typeof layout.compact === 'boolean' &&
    typeof layout.width === 'number' &&
    typeof layout.textSize === 'string' &&
    isScreenNode(tree) &&
    typeof tree !== 'string'
  );
}

/** The frame's width in a window `viewport` px wide, as lib/dock/placement.ts sizes it. */
export const frameWidth = (layout: SidebarLayout, viewport: number) => clampWidth(layout.width, viewport, layout.mode);

/** What the background has written that a record is checked against (storage.local). */
export interface RecordChecks {
  interviewed: unknown;
  standInSource: unknown;
}

/**
 * The record to paint for a call, or null: only for a meeting known to have no interview yet (the
 * list must be there: a build that has not written it yet knows nothing), made of what a stand-in
 * is made of now, drawn in the layout the call will have.
 */
export function recordToShow(meetingKey: string, layout: RecordLayout, record: unknown, checks: RecordChecks): FirstScreenRecord | null {
  if (!Array.isArray(checks.interviewed) || checks.interviewed.includes(meetingKey)) return null;
  if (!isFirstScreenRecord(record) || record.source !== checks.standInSource) return null;
  const same = (Object.keys(layout) as (keyof RecordLayout)[]).every((key) => record.layout[key] === layout[key]);
  return same ? record : null;
}

/**
 * A short digest of what a stand-in shows that the meeting does not decide: its kit and the
 * interviewer's name. The frame stores it with the record; the background drops records whose
 * digest is no longer that of the starting kit (cyrb53, not cryptographic: it only detects change).
 */
export function standInSource(standIn: { kitId: string; kit: unknown; interviewerName: string }): string {
  // The same kit read from the code or from the database gives the same digest.
  const text = canonicalJson([standIn.kitId, standIn.kit, standIn.interviewerName]);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * JSON with every object's keys in order: the same data gives the same text whatever the order
 * its keys were written in (chrome.storage gives an object back with its keys sorted).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, part: unknown) =>
    part && typeof part === 'object' && !Array.isArray(part)
      ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => (a < b ? -1 : 1)))
      : part,
  );
}
