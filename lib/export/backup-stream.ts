import type { InterviewDatabase } from '../db/database';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup-schema';
import { writeBackup, type RestoreMode, type RestoreResult } from './backup-restore';
import { validateBackup } from './parse-backup';

/**
 * The size of one piece of a backup on the way out or in, in characters: far below runtime
 * messaging's 64 MiB per message (escaping and UTF-8 can double a string), so a database of any
 * size backs up and restores.
 */
export const BACKUP_PIECE_CHARS = 4 * 1024 * 1024;

/** The file's record lists, in the file's order. */
export const BACKUP_LISTS = ['kits', 'interviews', 'notes', 'settings'] as const;
export type BackupList = (typeof BACKUP_LISTS)[number];
export type BackupPart = Partial<Record<BackupList, unknown[]>>;

/**
 * The text of the backup file, piece by piece: the same bytes as `JSON.stringify` of the whole
 * backup, one versioned JSON file, built from rows read in one transaction (a consistent copy).
 */
export async function* backupPieces(db: InterviewDatabase, now: number, pieceChars = BACKUP_PIECE_CHARS): AsyncGenerator<string> {
  const rows = await db.transaction('r', [db.kits, db.sessions, db.notes, db.settings], async () => ({
    kits: await db.kits.toArray(),
    interviews: await db.sessions.toArray(),
    notes: await db.notes.toArray(),
    settings: await db.settings.toArray(),
  }));
  const head = { format: BACKUP_FORMAT, version: BACKUP_FORMAT_VERSION, exportedAt: new Date(now).toISOString() };
  let piece = JSON.stringify(head).slice(0, -1);
  for (const [i, list] of BACKUP_LISTS.entries()) {
    piece += `${i === 0 ? ',' : '],'}"${list}":[`;
    for (const [n, row] of rows[list].entries()) {
      piece += (n ? ',' : '') + JSON.stringify(row);
      if (piece.length >= pieceChars) {
        yield piece;
        piece = '';
      }
    }
    rows[list] = [];
  }
  yield `${piece}]}`;
}

/** Splits a parsed backup's lists into parts of about `pieceChars` characters each, for restore. */
export function* restoreParts(backup: Record<string, unknown>, pieceChars = BACKUP_PIECE_CHARS): Generator<BackupPart> {
  for (const list of BACKUP_LISTS) {
    const rows = Array.isArray(backup[list]) ? (backup[list] as unknown[]) : [];
    let batch: unknown[] = [];
    let chars = 0;
    for (const row of rows) {
      batch.push(row);
      chars += JSON.stringify(row)?.length ?? 4;
      if (chars >= pieceChars) {
        yield { [list]: batch };
        batch = [];
        chars = 0;
      }
    }
    if (batch.length) yield { [list]: batch };
  }
}

/**
 * Backup and restore in pieces, for the dashboard. A backup is read once, then handed out piece by
 * piece; a restore gathers its parts here, then checks the whole file and writes it all or nothing
 * (as restoreBackup does). Either is held in the worker's memory only while it runs.
 */
export function createBackupStreams(db: InterviewDatabase, now: () => number) {
  const backups = new Map<string, AsyncGenerator<string>>();
  const restores = new Map<string, { mode: RestoreMode; lists: Record<BackupList, unknown[]> }>();
  const missing = () => new Error('This backup or restore is no longer running (the extension restarted). Start it again.');

  return {
    startBackupPieces: (): string => {
      const id = crypto.randomUUID();
      backups.set(id, backupPieces(db, now()));
      return id;
    },
    /** The next piece of the file, or null when it is complete. */
    nextBackupPiece: async (id: string): Promise<string | null> => {
      const pieces = backups.get(id);
      if (!pieces) throw missing();
      const next = await pieces.next();
      if (next.done) backups.delete(id);
      return next.done ? null : next.value;
    },
    startRestore: (mode: RestoreMode): string => {
      if (mode !== 'merge' && mode !== 'replace') throw new Error(`Unknown restore mode: ${String(mode)}`);
      const id = crypto.randomUUID();
      restores.set(id, { mode, lists: { kits: [], interviews: [], notes: [], settings: [] } });
      return id;
    },
    addRestorePart: (id: string, part: BackupPart): void => {
      const restore = restores.get(id);
      if (!restore) throw missing();
      for (const list of BACKUP_LISTS) {
        const rows = part?.[list];
        if (rows !== undefined && !Array.isArray(rows)) throw new Error(`Expected a list of ${list}.`);
        for (const row of rows ?? []) restore.lists[list].push(row);
      }
    },
    /** Checks the whole file (its head and every part) before writing anything. */
    finishRestore: async (id: string, head: Record<string, unknown>): Promise<RestoreResult> => {
      const restore = restores.get(id);
      if (!restore) throw missing();
      restores.delete(id);
      // A head that is no object (null, text) spreads to nothing or to indexes: no backup's marker either way.
      const backup = validateBackup({ ...head, ...restore.lists });
      return writeBackup(db, backup, restore.mode, now());
    },
  };
}
