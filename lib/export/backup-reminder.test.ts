import { describe, expect, it } from 'vitest';
import { BACKUP_REMINDER_AFTER_MS, backupLine } from './backup-reminder';

const NOW = Date.UTC(2026, 10, 28, 12);
const DAY = 86_400_000;
const line = (lastBackupAt: number | null, oldestUnbackedAt: number | null) =>
  backupLine({ lastBackupAt, oldestUnbackedAt }, NOW, 'en-GB', 'UTC');

describe('backupLine', () => {
  it('says when the last backup was', () => {
    expect(line(null, null).text).toBe('Last backup: never');
    expect(line(NOW - 3 * DAY, null).text).toBe('Last backup: 25 Nov 2026 (3 days ago)');
    expect(line(NOW - 1000, null).text).toBe('Last backup: 28 Nov 2026 (today)');
    expect(line(NOW - DAY, null).text).toBe('Last backup: 27 Nov 2026 (yesterday)');
  });

  it('reminds only after a week of interviews that no backup holds', () => {
    expect(line(null, null).reminder).toBeNull();
    expect(line(NOW - 30 * DAY, NOW - DAY).reminder).toBeNull();
    expect(line(NOW - 30 * DAY, NOW - BACKUP_REMINDER_AFTER_MS + 1).reminder).toBeNull();
    expect(line(NOW - 30 * DAY, NOW - BACKUP_REMINDER_AFTER_MS).reminder).toMatch(/^Interviews since 21 Nov 2026 are in no backup/);
    expect(line(null, NOW - 10 * DAY).reminder).toMatch(/^Interviews since 18 Nov 2026 are in no backup.*Download a backup/);
  });

  it('counts whole days: just under two is yesterday, a backup stamped after now is today', () => {
    expect(line(NOW - 2 * DAY + 1, null).text).toBe('Last backup: 26 Nov 2026 (yesterday)');
    expect(line(NOW - 2 * DAY, null).text).toBe('Last backup: 26 Nov 2026 (2 days ago)');
    expect(line(NOW + DAY, null).text).toBe('Last backup: 29 Nov 2026 (today)');
  });
});
