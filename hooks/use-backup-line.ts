import { useEffect, useState } from 'react';
import { backupLine, type BackupLine } from '@/lib/export/backup-reminder';
import { readLastBackupAt, watchLastBackup } from '@/lib/settings/last-backup';
import { useDataClient } from './use-data-client';

/** "Last backup: …" and, after a week of interviews in no backup, the reminder; undefined while loading. */
export function useBackupLine(): BackupLine | undefined {
  const client = useDataClient();
  const [line, setLine] = useState<BackupLine>();
  useEffect(() => {
    let current = true;
    const load = async () => {
      const lastBackupAt = await readLastBackupAt();
      const oldestUnbackedAt = await client.exports.oldestChangeSince(lastBackupAt);
      if (current) setLine(backupLine({ lastBackupAt, oldestUnbackedAt }, Date.now()));
    };
    void load().catch(() => undefined);
    const stop = watchLastBackup(() => void load().catch(() => undefined));
    return () => {
      current = false;
      stop();
    };
  }, [client]);
  return line;
}
