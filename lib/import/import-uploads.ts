import { BACKUP_PIECE_CHARS } from '../export/backup-stream';
import { tooLarge, type ImportCount, type ImportFile } from './import-files';
import type { ParsedInterview } from './parsed-interview';

/** One piece of one file on its way to the background: far below runtime messaging's 64 MiB per message. */
export const IMPORT_PIECE_CHARS = BACKUP_PIECE_CHARS;

/**
 * Interviews → Import in pieces: the dashboard sends each backup's text piece by piece and each
 * Markdown export as the interview it read (lib/import/read-import-files.ts), then asks for the import, which reads every file first and writes all or nothing (importInterviews). So a
 * colleague's backup of any size imports. The pieces are held in the worker's memory only while
 * the import runs.
 */
export function createImportUploads(importInterviews: (files: ImportFile[]) => Promise<ImportCount>) {
  const uploads = new Map<string, ImportFile[]>();
  const missing = () => new Error('This import is no longer running (the extension restarted). Start it again.');

  return {
    startImport: (): string => {
      const id = crypto.randomUUID();
      uploads.set(id, []);
      return id;
    },
    /** Adds `text` to the end of file number `file` (files in order: the next one starts with its first piece). */
    addImportPiece: async (id: string, file: number, name: string, text: string): Promise<void> => {
      const files = uploads.get(id);
      if (!files) throw missing();
      if (!Number.isInteger(file) || file < 0 || file > files.length || typeof name !== 'string' || typeof text !== 'string')
        throw new Error('Expected a piece of a file to import.');
      const current = (files[file] ??= { name, text: '' });
      if (!('text' in current)) throw new Error('Expected a piece of a file to import.');
      current.text += text;
      // A Markdown file over its limit stops here, before the rest of it is sent.
      const refused = tooLarge(current);
      if (!refused) return;
      uploads.delete(id);
      throw new Error(refused);
    },
    /** Puts the interview the page read from file number `file` (a Markdown export) in its place. */
    addParsedInterview: async (id: string, file: number, name: string, interview: ParsedInterview): Promise<void> => {
      const files = uploads.get(id);
      if (!files) throw missing();
      if (!Number.isInteger(file) || file < 0 || file > files.length || files[file] || typeof name !== 'string')
        throw new Error('Expected an interview to import.');
      // Checked with every other file when the import finishes (importInterviews).
      files[file] = { name, interview };
    },
    finishImport: (id: string): Promise<ImportCount> => {
      const files = uploads.get(id);
      if (!files) return Promise.reject(missing());
      uploads.delete(id);
      return importInterviews(files);
    },
  };
}
