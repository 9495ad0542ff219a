import type { ParsedInterview } from './parsed-interview';

/** A file to import: its name (which says how it is read) and its whole text. */
export interface InterviewFile {
  name: string;
  text: string;
}

/**
 * A file as the background takes it: a backup's JSON as text (read there, in pieces of any size),
 * a Markdown export already read by the page (lib/import/read-import-files.ts).
 */
export type ImportFile = InterviewFile | { name: string; interview: ParsedInterview };

/** The largest Markdown export taken; a backup's JSON may be any size (it comes in pieces, lib/import/import-uploads.ts). */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;
export type ImportCount = { imported: number; skipped: number };
/** A backup's JSON, by its name or its first character; anything else is read as a Markdown export. */
export const isBackupFile = (file: InterviewFile) => /\.json$/i.test(file.name) || file.text.trimStart().startsWith('{');
/** The file's name and why it is refused for its size, if it is. */
export const tooLarge = (file: InterviewFile) =>
  !isBackupFile(file) && file.text.length > MAX_IMPORT_CHARS ? `${file.name}: the file is larger than 5 MB.` : undefined;
