import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../background/background-service';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';

const DAY = 86_400_000;
let db: InterviewDatabase;
let service: ReturnType<typeof createBackgroundService>;
beforeEach(async () => {
  db = openInterviewDatabase(`retention-${crypto.randomUUID()}`);
  service = createBackgroundService(db, () => T0 + 100 * DAY);
  await db.sessions.bulkAdd([
    sampleSession({ id: 'old', meetingKey: 'meet:1', startedAt: T0 }),
    sampleSession({ id: 'recent', meetingKey: 'meet:2', startedAt: T0 + 95 * DAY }),
  ]);
  await db.notes.bulkAdd([sampleNote('old', 'q1', { text: 'gone' }), sampleNote('recent', 'q1')]);
});
afterEach(() => db.delete());

describe('retention', () => {
  it('keeps everything until a period is set', async () => {
    expect(await service.requests.retention.retentionDays()).toBeNull();
    expect(await service.requests.retention.applyRetention()).toBe(0);
    expect(await db.sessions.count()).toBe(2);
  });

  it('counts, then deletes interviews older than the period with their notes, and keeps doing so', async () => {
    expect(await service.requests.retention.countExpired(30)).toBe(1);
    expect(await service.requests.retention.setRetentionDays(30)).toBe(1);
    expect(await db.sessions.toCollection().primaryKeys()).toEqual(['recent']);
    expect(await db.notes.toCollection().primaryKeys()).toEqual(['recent/q1']);
    expect(await service.requests.retention.retentionDays()).toBe(30);
    expect((await service.requests.search.searchInterviews('')).rows.map((r) => r.id)).toEqual(['recent']);
    // Later, the recent one ages out too.
    const later = createBackgroundService(db, () => T0 + 130 * DAY);
    expect(await later.requests.retention.applyRetention()).toBe(1);
    await later.requests.retention.setRetentionDays(null);
    expect(await later.requests.retention.retentionDays()).toBeNull();
  });

  it('refuses a period that is not a whole number of days, and changes nothing', async () => {
    for (const bad of [0, -1, 1.5, 4000, Number.NaN])
      await expect(service.requests.retention.setRetentionDays(bad)).rejects.toThrow('whole number of days from 1 to 3650');
    expect(await db.sessions.count()).toBe(2);
    expect(await db.settings.count()).toBe(0);
  });

  it('keeps an interview started exactly the period ago, and deletes one a millisecond older', async () => {
    await db.sessions.bulkAdd([
      sampleSession({ id: 'edge', meetingKey: 'meet:3', startedAt: T0 + 70 * DAY }),
      sampleSession({ id: 'past-edge', meetingKey: 'meet:4', startedAt: T0 + 70 * DAY - 1 }),
    ]);
    expect(await service.requests.retention.countExpired(30)).toBe(2);
    await service.requests.retention.setRetentionDays(30);
    expect(await db.sessions.toCollection().primaryKeys()).toEqual(['edge', 'recent']);
  });

  it('counts nothing for a period it would refuse', async () => {
    await expect(service.requests.retention.countExpired(0)).rejects.toThrow('whole number of days from 1 to 3650');
    await expect(service.requests.retention.countExpired(3651)).rejects.toThrow('whole number of days');
    expect(await service.requests.retention.countExpired(3650)).toBe(0);
  });

  it('removing the period deletes nothing, and a stored period that is not a whole positive number counts as none', async () => {
    expect(await service.requests.retention.setRetentionDays(null)).toBe(0);
    expect(await db.settings.count()).toBe(0);
    for (const value of ['0', '-5', '2.5', 'abc']) {
      await db.settings.put({ key: 'retentionDays', value });
      expect(await service.requests.retention.retentionDays()).toBeNull();
      expect(await service.requests.retention.applyRetention()).toBe(0);
    }
    expect(await db.sessions.count()).toBe(2);
  });
});
