import { useBackupLine } from '@/hooks/use-backup-line';

/** The "Last backup" line, with the reminder when interviews have gone a week without one. */
export function LastBackup() {
  const line = useBackupLine();
  if (!line) return null;
  return (
    <div className="last-backup">
      <p>{line.text}</p>
      {line.reminder && (
        <p role="note" className="backup-reminder">
          {line.reminder}
        </p>
      )}
    </div>
  );
}
