import type { InterviewDatabase } from '../db/database';
import { requireSession } from '../interviews/session-access';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup } from './backup-schema';
import { writeBackup, type RestoreMode, type RestoreResult } from './backup-restore';
import type { InterviewRecord } from './interview-export';
import { parseBackup } from './parse-backup';
import { createBackupStreams } from './backup-stream';

/**
 * Export and backup, run by the background. It reads and writes records; the page that asked
 * writes the Markdown (lib/export/interview-export.ts) and does binary work such as zipping.
 * Backup JSON crosses runtime messaging as strings (Chrome allows 64 MiB per message; see MAX_BACKUP_CHARS).
 */
export function createExportService(db: InterviewDatabase, now: () => number) {
  const readRecord = (sessionId: string): Promise<InterviewRecord> =>
    db.transaction('r', db.sessions, db.notes, async () => ({
      session: await requireSession(db, sessionId),
      notes: await db.notes.where('sessionId').equals(sessionId).toArray(),
    }));

  return {
    /** One interview and its notes, for the page to write as Markdown (lib/export/interview-export.ts). */
    interviewRecord: readRecord,

    /** Several at once (for a zip), in the order asked; one message instead of one per interview. */
    interviewRecords: async (sessionIds: string[]): Promise<InterviewRecord[]> => {
      if (!Array.isArray(sessionIds)) throw new Error('Expected a list of interview ids.');
      const out: InterviewRecord[] = [];
      for (const id of sessionIds) out.push(await readRecord(id));
      return out;
    },

    /** Every kit, interview, note and setting as the text of one JSON file. */
    createBackup: async (): Promise<string> => {
      const backup: Backup = await db.transaction('r', [db.kits, db.sessions, db.notes, db.settings], async () => ({
        format: BACKUP_FORMAT,
        version: BACKUP_FORMAT_VERSION,
        exportedAt: new Date(now()).toISOString(),
        kits: await db.kits.toArray(),
        interviews: await db.sessions.toArray(),
        notes: await db.notes.toArray(),
        settings: await db.settings.toArray(),
      }));
      return JSON.stringify(backup);
    },

    /** The oldest interview changed after `since` (the last backup), for the backup reminder; null when none. */
    oldestChangeSince: async (since: number | null): Promise<number | null> => {
      const rows = typeof since === 'number' ? db.sessions.where('updatedAt').above(since) : db.sessions.orderBy('updatedAt');
      return (await rows.first())?.updatedAt ?? null;
    },

    /** The dashboard's backup and restore, in pieces of any total size (lib/export/backup-stream.ts). */
    ...createBackupStreams(db, now),

    /** Validates the whole file first, then writes it all or nothing (see writeBackup). One message: at most MAX_BACKUP_CHARS. */
    restoreBackup: async (json: string, mode: RestoreMode): Promise<RestoreResult> => {
      if (mode !== 'merge' && mode !== 'replace') throw new Error(`Unknown restore mode: ${String(mode)}`);
      return writeBackup(db, parseBackup(json), mode, now());
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
export type { RestoreMode, RestoreResult } from './backup-restore';
