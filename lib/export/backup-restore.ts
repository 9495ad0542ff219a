import type { InterviewDatabase } from '../db/database';
import type { InterviewSession, QuestionNote } from '../interviews/interview-types';
import { MAX_TEXT_LENGTH } from '../interviews/limits';
import type { Backup } from './backup-schema';
import { honestTime, incomingWins, withConflictCopy } from './merge-rules';

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
  /** Merge only: notes and summaries that now hold both versions (see merge-rules.ts). */
  conflictCopies: number;
}

/**
 * Writes a validated backup in one transaction: everything or nothing.
 * Replace: the tables become exactly the file. Merge: per record id the newer `updatedAt` wins
 * (lib/export/merge-rules.ts: a time in the future is not believed, a tie keeps the local one, and
 * the losing text of a note or summary is kept as a conflict copy); settings carry no time, so a
 * local setting is kept and a missing one filled in. An interview whose meeting already has
 * another interview here keeps its record but not the meeting link (`meetingKey` gets a suffix),
 * because one meeting resumes one interview.
 */
export async function writeBackup(db: InterviewDatabase, backup: Backup, mode: RestoreMode, now = Date.now()): Promise<RestoreResult> {
  return db.transaction('rw', [db.kits, db.sessions, db.notes, db.settings], async () => {
    if (mode === 'replace') {
      await Promise.all([db.kits.clear(), db.sessions.clear(), db.notes.clear(), db.settings.clear()]);
      await db.kits.bulkAdd(backup.kits);
      await db.sessions.bulkAdd(backup.interviews);
      await db.notes.bulkAdd(backup.notes);
      await db.settings.bulkAdd(backup.settings);
      const { kits, interviews, notes, settings } = backup;
      const counts = { kits: kits.length, interviews: interviews.length, notes: notes.length, settings: settings.length };
      return { mode, ...counts, keptLocal: 0, conflictCopies: 0 };
    }
    const kits = await merged(db.kits, backup.kits, now, () => null);
    const interviews = await merged(db.sessions, backup.interviews, now, keepLosingText<InterviewSession>('summary'));
    const notes = await merged(db.notes, backup.notes, now, keepLosingText<QuestionNote>('text'));
    const localSettings = await db.settings.bulkGet(backup.settings.map((s) => s.key));
    const settings = backup.settings.filter((_, i) => localSettings[i] === undefined);

    for (const session of interviews.fromFile) {
      const holder = await db.sessions.where('meetingKey').equals(session.meetingKey).first();
      if (holder && holder.id !== session.id) session.meetingKey = `${session.meetingKey}#restored-${session.id}`;
    }
    await db.kits.bulkPut(kits.rows);
    await db.sessions.bulkPut(interviews.rows);
    await db.notes.bulkPut(notes.rows);
    await db.settings.bulkPut(settings);
    const written = kits.fromFile.length + interviews.fromFile.length + notes.fromFile.length + settings.length;
    const total = backup.kits.length + backup.interviews.length + backup.notes.length + backup.settings.length;
    return {
      mode,
      kits: kits.fromFile.length,
      interviews: interviews.fromFile.length,
      notes: notes.fromFile.length,
      settings: settings.length,
      keptLocal: total - written,
      conflictCopies: interviews.conflicts + notes.conflicts,
    };
  });
}

type Stamped = { id: string; updatedAt: number };
/** The winner with the loser's text kept in it, or null when the loser's text is already there. */
type KeepLosing<T> = (winner: T, loser: T) => T | null;

function keepLosingText<T extends Stamped>(field: { [K in keyof T]: T[K] extends string ? K : never }[keyof T]): KeepLosing<T> {
  return (winner, loser) => {
    const text = withConflictCopy(winner[field] as string, loser[field] as string, MAX_TEXT_LENGTH);
    return text === null ? null : { ...winner, [field]: text };
  };
}

/** The rows to write: the file's winners (their times made honest) and local winners that took a conflict copy. */
async function merged<T extends Stamped>(
  table: { bulkGet(ids: string[]): PromiseLike<(T | undefined)[]> },
  incoming: T[],
  now: number,
  keepLosing: KeepLosing<T>,
): Promise<{ rows: T[]; fromFile: T[]; conflicts: number }> {
  const local = await table.bulkGet(incoming.map((r) => r.id));
  const rows: T[] = [];
  const fromFile: T[] = [];
  let conflicts = 0;
  incoming.forEach((row, i) => {
    const existing = local[i];
    const fileWins = !existing || incomingWins(existing, row, now);
    const winner = fileWins ? { ...row, updatedAt: honestTime(row.updatedAt, now) } : existing;
    const withCopy = existing ? (fileWins ? keepLosing(winner, existing) : keepLosing(existing, row)) : null;
    if (withCopy) conflicts++;
    if (fileWins) fromFile.push(withCopy ?? winner);
    // Stryker disable next-line ConditionalExpression: writing back a local winner unchanged changes nothing.
    if (fileWins || withCopy) rows.push(withCopy ?? winner);
  });
  return { rows, fromFile, conflicts };
}
