export const REVOKE_AFTER_MS = 10_000;

/**
 * Saves text as a file through the browser's own download: a Blob, an object URL and a click on
 * an <a download>. Needs no "downloads" permission and works in the sidebar frame and the
 * dashboard. The URL is revoked once the browser has taken the file.
 */
export function downloadFile(fileName: string, content: BlobPart, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers; a few seconds later is safe.
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
