/** A week of interviews that are in no backup, then the dashboard and the wrap-up remind. */
export const BACKUP_REMINDER_AFTER_MS = 7 * 86_400_000;
const DAY_MS = 86_400_000;

export interface BackupStatus {
  /** When this browser last saved a backup file, or null for never. */
  lastBackupAt: number | null;
  /** The oldest change to an interview that no backup holds (changed after the last backup), or null. */
  oldestUnbackedAt: number | null;
}

export interface BackupLine {
  /** "Last backup: 25 Nov 2026 (3 days ago)" or "Last backup: never". */
  text: string;
  /** Set when interviews have gone a week without a backup. */
  reminder: string | null;
}

function daysAgo(at: number, now: number): string {
  const days = Math.floor((now - at) / DAY_MS);
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

export function backupLine({ lastBackupAt, oldestUnbackedAt }: BackupStatus, now: number, locale?: string, timeZone?: string): BackupLine {
  const date = (at: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(at);
  const text = lastBackupAt === null ? 'Last backup: never' : `Last backup: ${date(lastBackupAt)} (${daysAgo(lastBackupAt, now)})`;
  const overdue = oldestUnbackedAt !== null && now - oldestUnbackedAt >= BACKUP_REMINDER_AFTER_MS;
  const reminder = overdue
    ? `Interviews since ${date(oldestUnbackedAt)} are in no backup, and uninstalling the extension or clearing the browser's data would delete them. Download a backup (Dashboard → Backup and restore).`
    : null;
  return { text, reminder };
}
