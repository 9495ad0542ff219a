import { browser } from 'wxt/browser';

const KEY = 'lastBackupAt';

// When a backup file was last saved: a fact about this browser, not interview data, so it lives in
// extension storage (every surface hears changes) and never in the backup itself.
export async function readLastBackupAt(): Promise<number | null> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function recordBackup(at: number = Date.now()): Promise<void> {
  return browser.storage.local.set({ [KEY]: at });
}

export function watchLastBackup(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => area === 'local' && KEY in changes && onChange();
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
