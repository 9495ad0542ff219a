import type { InterviewDatabase } from '../db/database';

/** Every row of every table, for "the database is unchanged" and round-trip checks. */
export async function dumpDatabase(db: InterviewDatabase) {
  return {
    kits: await db.kits.toArray(),
    sessions: await db.sessions.toArray(),
    notes: await db.notes.toArray(),
    settings: await db.settings.toArray(),
  };
}
