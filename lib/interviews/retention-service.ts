import type { InterviewDatabase } from '../db/database';

const DAY_MS = 86_400_000;
export const MAX_RETENTION_DAYS = 3650;

/**
 * The optional retention period, for teams with data-retention rules: interviews that started more
 * than that many days ago are deleted with their notes. Run when the browser starts, when the
 * Interviews section opens and when the period is set; nothing runs on a timer.
 */
export function createRetentionService(db: InterviewDatabase, now: () => number) {
  const readDays = async () => {
    const days = Number((await db.settings.get('retentionDays'))?.value);
    return Number.isInteger(days) && days > 0 ? days : null;
  };
  const expired = (days: number) => db.sessions.filter((s) => s.startedAt < now() - days * DAY_MS);

  async function deleteExpired(days: number | null): Promise<number> {
    if (days === null) return 0;
    return db.transaction('rw', db.sessions, db.notes, async () => {
      const ids = (await expired(days).primaryKeys()) as string[];
      await db.notes.where('sessionId').anyOf(ids).delete();
      await db.sessions.bulkDelete(ids);
      return ids.length;
    });
  }

  const check = (days: number | null) => {
    if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS)) {
      throw new Error(`A retention period is a whole number of days from 1 to ${MAX_RETENTION_DAYS}.`);
    }
  };

  return {
    retentionDays: readDays,
    /** How many interviews a period would delete now, for the confirmation before setting it. */
    countExpired: async (days: number): Promise<number> => {
      check(days);
      return expired(days).count();
    },
    /** Sets (or, with null, removes) the period and deletes what it makes expire; returns how many. */
    setRetentionDays: async (days: number | null): Promise<number> => {
      check(days);
      if (days === null) await db.settings.delete('retentionDays');
      else await db.settings.put({ key: 'retentionDays', value: String(days) });
      return deleteExpired(days);
    },
    applyRetention: async (): Promise<number> => deleteExpired(await readDays()),
  };
}
