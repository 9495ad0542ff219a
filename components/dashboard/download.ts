import { downloadFile } from '@/lib/export/download-file';
import { exportKit, type ExportFormat } from '@/lib/kits/kit-export';
import type { Kit } from '@/lib/kits/kit-types';

/** Saves a kit as a Markdown or JSON file through the browser's own download. */
export function downloadKit(kit: Kit, format: ExportFormat): void {
  const { fileName, text, type } = exportKit(kit, format);
  downloadFile(fileName, text, type);
}
