import { isBackupFile, tooLarge, type ImportFile, type InterviewFile } from './import-files';
import { parseInterviewMarkdown } from './interview-markdown-parse';

/**
 * Reads every Markdown export here, on the page, before anything is sent: the Markdown reader
 * stays out of the service worker (lib/export/interview-export.ts says why), and one bad file
 * stops the import with its name before the background hears of it. Backups stay text.
 */
export function readImportFiles(files: InterviewFile[]): ImportFile[] {
  return files.map((file) => {
    const refused = tooLarge(file);
    if (refused) throw new Error(refused);
    if (isBackupFile(file)) return file;
    try {
      return { name: file.name, interview: parseInterviewMarkdown(file.text) };
    } catch (error) {
      throw new Error(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
