import type { InterviewDatabase } from '../db/database';
import { requireSession } from '../interviews/session-access';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup } from './backup-schema';
import { writeBackup, type RestoreMode, type RestoreResult } from './backup-restore';
import { interviewFileName, localDate } from './export-file-name';
import { interviewMarkdownTree, interviewRole, type MarkdownDisplayOptions } from './interview-markdown';
import { serializeMarkdown, serializeWithoutFrontMatter } from './markdown-format';
import { plainText } from './plain-text';
import { parseBackup } from './parse-backup';
import { createBackupStreams } from './backup-stream';

export interface MarkdownExport {
  fileName: string;
  /** The file: YAML front matter, then the document. */
  markdown: string;
  /** The document without front matter, for pasting where YAML would render as a rule and a heading. */
  pasteMarkdown: string;
  /** The document without any markup, for fields that take no Markdown. */
  plainText: string;
}

/**
 * Export and backup, run by the background. Everything crosses runtime messaging as strings:
 * Markdown and backup JSON (Chrome allows 64 MiB per message; see MAX_BACKUP_CHARS), while
 * binary work such as zipping stays on the page that asked.
 */
export function createExportService(db: InterviewDatabase, now: () => number, display: MarkdownDisplayOptions = {}) {
  async function exportOne(sessionId: string): Promise<MarkdownExport> {
    const [session, notes] = await db.transaction(
      'r',
      db.sessions,
      db.notes,
      async () => [await requireSession(db, sessionId), await db.notes.where('sessionId').equals(sessionId).toArray()] as const,
    );
    const tree = interviewMarkdownTree(session, notes, now(), display);
    return {
      fileName: interviewFileName({
        date: localDate(session.startedAt, display.timeZone),
        candidate: session.candidateName,
        role: interviewRole(session),
      }),
      markdown: serializeMarkdown(tree),
      pasteMarkdown: serializeWithoutFrontMatter(tree),
      plainText: plainText(tree),
    };
  }

  return {
    /** One interview as a Markdown document and the file name to save it under. */
    exportInterviewMarkdown: exportOne,

    /** Several at once (for a zip), in the order asked; one message instead of one per interview. */
    exportInterviewsMarkdown: async (sessionIds: string[]): Promise<MarkdownExport[]> => {
      if (!Array.isArray(sessionIds)) throw new Error('Expected a list of interview ids.');
      const out: MarkdownExport[] = [];
      for (const id of sessionIds) out.push(await exportOne(id));
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
