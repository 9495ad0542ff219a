import { Dexie } from 'dexie';
import { browser } from 'wxt/browser';
import type { InterviewDatabase } from '../db/database';
import { watchTableWrites } from '../db/change-feed';
import { firstScreenKey, INTERVIEWED_MEETINGS_KEY, STAND_IN_SOURCE_KEY, standInSource } from '../first-screen/first-screen-record';
import { bundledStandIn, startingStandIn } from '../interviews/interview-boot';
import { PLATFORM_IDS } from '../platforms';

/** Runs `work` after the current write, once however many writes come while it waits or runs. */
function coalesced(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = new Promise<void>((resolve) => setTimeout(resolve, 0))
      // Outside the transaction of the write that called: that one has ended by now.
      .then(() => Dexie.ignoreTransaction(work))
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void run();
        }
      });
    return running;
  };
  return run;
}

/**
 * Keeps in step, in storage.local, what lets a new call paint before the worker has started
 * (lib/first-screen/early-screen.ts): the list of meetings that have an interview (their first
 * screen is not the stand-in), after every write to the interviews; and the digest of what a
 * stand-in is made of (the starting kit, the interviewer), after every write to the kits or
 * settings, which a first screen must match to be shown. Only where storage.local is closed to
 * content scripts (`isPrivate`): else nothing is written.
 */
export function keepFirstScreens(db: InterviewDatabase, isPrivate: Promise<boolean>) {
  const area = browser.storage.local;
  const refreshMeetings = coalesced(async () => {
    if (!(await isPrivate)) return;
    const keys = (await db.sessions.orderBy('meetingKey').uniqueKeys()).map(String).sort();
    const stored: unknown = (await area.get(INTERVIEWED_MEETINGS_KEY))[INTERVIEWED_MEETINGS_KEY];
    if (JSON.stringify(stored) !== JSON.stringify(keys)) await area.set({ [INTERVIEWED_MEETINGS_KEY]: keys });
  });
  const keepStandIn = coalesced(async () => {
    if (!(await isPrivate)) return;
    const source = standInSource(await startingStandIn(db));
    const keys = PLATFORM_IDS.map(firstScreenKey);
    const stored = await area.get([STAND_IN_SOURCE_KEY, ...keys]);
    if (stored[STAND_IN_SOURCE_KEY] !== source) await area.set({ [STAND_IN_SOURCE_KEY]: source });
    // No longer shown (lib/first-screen/first-screen-record.ts checks the source): not kept either.
    const stale = keys.filter((key) => key in stored && (stored[key] as { source?: unknown } | null)?.source !== source);
    if (stale.length > 0) await area.remove(stale);
  });
  watchTableWrites(db, (table) => {
    if (table === 'sessions') void refreshMeetings();
    else if (table === 'kits' || table === 'settings') void keepStandIn();
  });
  /** Both at once: when the worker opens the database (a build that kept neither yet gets both). */
  return { refresh: () => Promise.all([refreshMeetings(), keepStandIn()]).then(() => undefined) };
}

/**
 * Right after installing, before anything opens the database: no meeting has an interview, and the
 * stand-in is the bundled one, so a first call can paint the build's own first screen.
 */
export async function markFreshInstall(isPrivate: Promise<boolean>): Promise<void> {
  if (!(await isPrivate)) return;
  await browser.storage.local.set({ [INTERVIEWED_MEETINGS_KEY]: [], [STAND_IN_SOURCE_KEY]: standInSource(bundledStandIn()) });
}

/**
 * After an update: a kept first screen is the markup of the build that drew it, which the new
 * build's React may draw otherwise. Until a call keeps one again, the new build's own is painted
 * (public/first-screen/), or none.
 */
export async function forgetKeptScreens(): Promise<void> {
  await browser.storage.local.remove(PLATFORM_IDS.map(firstScreenKey));
}
