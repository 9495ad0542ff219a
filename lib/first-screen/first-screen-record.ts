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
  compact: boolean;
  tree: ScreenElement;
}

/** Raised when the app's markup changes in a way an older record must not be shown for. */
export const FIRST_SCREEN_VERSION = 1;
/** One record per platform: the stand-in is drawn with that platform's layout. */
export const firstScreenKey = (platform: string) => `firstScreen:${platform}` as const;
/** The meeting keys that have an interview (sorted): their first screen is that interview's, not the stand-in. */
export const INTERVIEWED_MEETINGS_KEY = 'interviewedMeetings';

export function isFirstScreenRecord(value: unknown): value is FirstScreenRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { version, source, compact, tree } = value as Partial<FirstScreenRecord>;
  return (
    version === FIRST_SCREEN_VERSION &&
    typeof source === 'string' &&
    typeof compact === 'boolean' &&
    isScreenNode(tree) &&
    typeof tree !== 'string'
  );
}

/**
 * The record to paint for a call, or null: only for a meeting known to have no interview yet
 * (the list must be there: a build that has not written it yet knows nothing), drawn in the
 * layout the call will have.
 */
export function recordToShow(meetingKey: string, compact: boolean, record: unknown, interviewed: unknown): FirstScreenRecord | null {
  if (!Array.isArray(interviewed) || interviewed.includes(meetingKey)) return null;
  return isFirstScreenRecord(record) && record.compact === compact ? record : null;
}

/**
 * A short digest of what a stand-in shows that the meeting does not decide: its kit and the
 * interviewer's name. The frame stores it with the record; the background drops records whose
 * digest is no longer that of the starting kit (cyrb53, not cryptographic: it only detects change).
 */
export function standInSource(standIn: { kitId: string; kit: unknown; interviewerName: string }): string {
  // Keys in order: the same kit read from the code or from the database gives the same digest.
  const sortKeys = (_key: string, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value;
  const text = JSON.stringify([standIn.kitId, standIn.kit, standIn.interviewerName], sortKeys);
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
