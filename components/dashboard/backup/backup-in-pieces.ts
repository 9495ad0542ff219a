import type { DataClient } from '@/lib/client/data-client';
import type { RestoreMode, RestoreResult } from '@/lib/export/export-service';
import { BACKUP_LISTS, restoreParts } from '@/lib/export/backup-stream';

/**
 * The backup file, fetched piece by piece from the background (each message far below runtime
 * messaging's 64 MiB) and joined in a Blob, so the page never builds one giant string either.
 */
export async function downloadBackupInPieces(client: DataClient): Promise<Blob> {
  const id = await client.exports.startBackupPieces();
  const pieces: string[] = [];
  for (let piece = await client.exports.nextBackupPiece(id); piece !== null; piece = await client.exports.nextBackupPiece(id)) {
    pieces.push(piece);
  }
  return new Blob(pieces, { type: 'application/json' });
}

/** Parses the file here and sends its records in parts; the background checks the whole before writing. */
export async function restoreInPieces(client: DataClient, text: string, mode: RestoreMode): Promise<RestoreResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`This file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const file = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  // The record lists go in parts; everything else (format, version, any stray key) with the last call.
  const head = Object.fromEntries(Object.entries(file).filter(([key]) => !(BACKUP_LISTS as readonly string[]).includes(key)));
  const id = await client.exports.startRestore(mode);
  for (const part of restoreParts(file)) await client.exports.addRestorePart(id, part);
  return client.exports.finishRestore(id, head);
}
