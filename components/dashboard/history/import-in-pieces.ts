import type { DataClient } from '@/lib/client/data-client';
import type { ImportCount, InterviewFile } from '@/lib/import/import-files';
import { IMPORT_PIECE_CHARS } from '@/lib/import/import-uploads';

/**
 * Reads every Markdown export here first (a bad one stops the import before anything is sent),
 * then sends each backup's text piece by piece (each message far below runtime messaging's
 * 64 MiB) and each Markdown export as the interview read from it, then asks for the import, which
 * checks every file before writing anything. `progress` hears the share sent so far, from 0 to 1.
 * The Markdown reader loads on the first import, so the dashboard's first screen does not pay for it.
 */
export async function importInPieces(
  client: DataClient,
  files: InterviewFile[],
  progress: (sent: number) => void = () => {},
  pieceChars = IMPORT_PIECE_CHARS,
): Promise<ImportCount> {
  const { readImportFiles } = await import('@/lib/import/read-import-files');
  const read = readImportFiles(files);
  const total = files.reduce((sum, file) => sum + file.text.length, 0);
  let sent = 0;
  const id = await client.imports.startImport();
  for (const [index, file] of read.entries()) {
    if ('interview' in file) {
      await client.imports.addParsedInterview(id, index, file.name, file.interview);
      sent += files[index]!.text.length;
      progress(total ? sent / total : 1);
      continue;
    }
    const { name, text } = file;
    // An empty file still counts, as one empty piece.
    for (let at = 0, end = 0; at === 0 || at < text.length; at = end) {
      end = at + pieceChars;
      // A piece never ends between the two halves of a character outside the BMP (an emoji).
      if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
      const piece = text.slice(at, end);
      await client.imports.addImportPiece(id, index, name, piece);
      sent += piece.length;
      progress(total ? sent / total : 1);
    }
  }
  return client.imports.finishImport(id);
}
