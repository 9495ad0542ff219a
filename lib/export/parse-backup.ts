import type { core } from 'zod';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupSchema, type Backup } from './backup-schema';

/**
 * The largest backup text taken in one message (`restoreBackup`). Chrome caps a message at 64 MiB
 * of JSON (escaping and UTF-8 can double a string), so 32 MiB leaves room. The dashboard's backup,
 * restore and Interviews → Import send files in pieces and have no such limit
 * (lib/export/backup-stream.ts, lib/import/import-uploads.ts).
 */
export const MAX_BACKUP_CHARS = 32 * 1024 * 1024;

/**
 * Reads a backup file's text, or throws an Error whose message names the problem: too large,
 * not JSON, not a backup, a newer format version, or the first invalid field by its path.
 */
export function parseBackup(json: string): Backup {
  if (typeof json !== 'string') throw new Error('The backup must be the text of a JSON file.');
  if (json.length > MAX_BACKUP_CHARS) {
    throw new Error(`This file is ${megabytes(json.length)} MB; a backup can be at most ${megabytes(MAX_BACKUP_CHARS)} MB.`);
  }
  return readBackupText(json);
}

/** A backup file's whole text, of any size (it came in pieces), read as parseBackup reads it. */
export function readBackupText(json: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`This file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  return validateBackup(data);
}

/**
 * Checks a parsed backup (the whole file, however it arrived), or throws an Error naming the
 * problem: not a backup, a newer format version, or the first invalid field by its path.
 */
export function validateBackup(data: unknown): Backup {
  const head = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) throw new Error(`This file is not an Interview Sidebar backup (no "format": "${BACKUP_FORMAT}").`);
  if (typeof head.version === 'number' && head.version > BACKUP_FORMAT_VERSION) {
    throw new Error(
      `This backup is format version ${head.version}, newer than this extension reads (up to version ${BACKUP_FORMAT_VERSION}). Update Interview Sidebar, then restore it.`,
    );
  }
  const result = backupSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`This backup is invalid: ${issue ? `${issuePath(issue.path)}: ${issue.message}` : 'unknown problem'}.`);
}

/** `interviews[3].clock.elapsedMs`, as a reader would look it up. */
export function issuePath(path: core.$ZodIssue['path']): string {
  return (
    path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}${out ? '.' : ''}${String(part)}`), '') ||
    '(the file)'
  );
}

function megabytes(chars: number): string {
  return (chars / 1024 / 1024).toFixed(1);
}
