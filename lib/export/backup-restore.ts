import type { InterviewDatabase } from '../db/database';
import type { Backup } from './backup-schema';

export type RestoreMode = 'merge' | 'replace';

export interface RestoreResult {
  mode: RestoreMode;
  /** Records written from the backup, per kind. */
  kits: number;
  interviews: number;
  notes: number;
  settings: number;
  /** Merge only: records this browser already had in a version as new or newer, so kept. */
  keptLocal: number;
}

/**
 * Writes a validated backup in one transaction: everything or nothing.
 * Replace: the tables become exactly the file. Merge: per record id the newer `updatedAt` wins
 * (a tie keeps the local one, so restoring twice changes nothing); settings carry no time, so a
 * local setting is kept and a missing one filled in. An interview whose meeting already has
 * another interview here keeps its record but not the meeting link (`meetingKey` gets a suffix),
 * because one meeting resumes one interview.
 */
export async function writeBackup(db: InterviewDatabase, backup: Backup, mode: RestoreMode): Promise<RestoreResult> {
  return db.transaction('rw', [db.kits, db.sessions, db.notes, db.settings], async () => {
    if (mode === 'replace') {
      await Promise.all([db.kits.clear(), db.sessions.clear(), db.notes.clear(), db.settings.clear()]);
      await db.kits.bulkAdd(backup.kits);
      await db.sessions.bulkAdd(backup.interviews);
      await db.notes.bulkAdd(backup.notes);
      await db.settings.bulkAdd(backup.settings);
      const { kits, interviews, notes, settings } = backup;
      return { mode, kits: kits.length, interviews: interviews.length, notes: notes.length, settings: settings.length, keptLocal: 0 };
    }
    const kits = await newerOnly(db.kits, backup.kits);
    const interviews = await newerOnly(db.sessions, backup.interviews);
    const notes = await newerOnly(db.notes, backup.notes);
    const localSettings = await db.settings.bulkGet(backup.settings.map((s) => s.key));
    const settings = backup.settings.filter((_, i) => localSettings[i] === undefined);

    for (const session of interviews) {
      const holder = await db.sessions.where('meetingKey').equals(session.meetingKey).first();
      if (holder && holder.id !== session.id) session.meetingKey = `${session.meetingKey}#restored-${session.id}`;
    }
    await db.kits.bulkPut(kits);
    await db.sessions.bulkPut(interviews);
    await db.notes.bulkPut(notes);
    await db.settings.bulkPut(settings);
    const written = kits.length + interviews.length + notes.length + settings.length;
    const total = backup.kits.length + backup.interviews.length + backup.notes.length + backup.settings.length;
    return {
      mode,
      kits: kits.length,
      interviews: interviews.length,
      notes: notes.length,
      settings: settings.length,
      keptLocal: total - written,
    };
  });
}

type Stamped = { id: string; updatedAt: number };

async function newerOnly<T extends Stamped>(table: { bulkGet(ids: string[]): PromiseLike<(T | undefined)[]> }, rows: T[]): Promise<T[]> {
  const local = await table.bulkGet(rows.map((r) => r.id));
  return rows.filter((row, i) => {
    const existing = local[i];
    return !existing || row.updatedAt > existing.updatedAt;
  });
}
