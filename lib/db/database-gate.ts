import type { Dexie } from 'dexie';

/** What the person reads when the database cannot be opened, with what to do about it. */
export const DATABASE_OPEN_HELP =
  'Interview Sidebar could not open its database. Your interviews are not deleted. Close other windows of this browser that use Interview Sidebar, then reload this page; if it keeps failing, restart the browser.';

/**
 * Opens the database before a request runs, and recovers from a failed open. Dexie remembers a
 * failed open and refuses every later call with it until the worker restarts (a blocked upgrade,
 * a disk error), so a failure is reset and retried once at once with a fresh connection, and again
 * on the next request. The error is logged once per failure, not once per request.
 */
export function createDatabaseGate(database: () => Dexie, log: (message: string, error: unknown) => void = console.error) {
  let reported = false;
  const freshOpen = async (db: Dexie) => {
    // Forget the failed open (without this Dexie keeps refusing) and open a new connection.
    db.close({ disableAutoOpen: false });
    await db.open();
  };
  return async function ready(): Promise<void> {
    const db = database();
    if (db.isOpen()) return;
    try {
      await (db.hasFailed() ? freshOpen(db) : db.open());
    } catch {
      try {
        await freshOpen(db);
      } catch (error) {
        if (!reported) log(DATABASE_OPEN_HELP, error);
        reported = true;
        db.close({ disableAutoOpen: false });
        throw new Error(`${DATABASE_OPEN_HELP} (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    reported = false;
  };
}
