import { exportKit, type ExportFormat } from '@/lib/kits/kit-export';
import type { KitContent } from '@/lib/kits/kit-types';

/** Saves a kit as a file through the browser's own download (no permission needed). */
export function downloadKit(kit: KitContent, format: ExportFormat): void {
  const { fileName, text, type } = exportKit(kit, format);
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
