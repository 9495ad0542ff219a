import { storage } from 'wxt/utils/storage';

// When a backup file was last saved (epoch ms): a fact about this browser, not interview data, so it
// lives in extension storage (every surface hears changes) and never in the backup itself. Stored
// as a bare number since it was first kept, so there is nothing to migrate.
const lastBackupAt = storage.defineItem<number | null>('local:lastBackupAt', { fallback: null, version: 1 });

export function readLastBackupAt(): Promise<number | null> {
  return lastBackupAt.getValue();
}

export function recordBackup(at: number = Date.now()): Promise<void> {
  return lastBackupAt.setValue(at);
}

export function watchLastBackup(onChange: () => void): () => void {
  return lastBackupAt.watch(() => onChange());
}
