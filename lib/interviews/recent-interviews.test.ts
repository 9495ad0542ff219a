import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleSession, T0 } from '../export/export-fixtures.test-support';
import { createRecentInterviews } from './recent-interviews';

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`recent-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const running = { state: 'running', elapsedMs: 0, runningSince: T0, questionSince: T0 } as const;
const ended = { state: 'ended', elapsedMs: 60_000, runningSince: null, questionSince: null } as const;

describe('the interviews a call without a meeting code may be', () => {
  it("lists the platform's interviews not ended and not imported, last changed first, five at most", async () => {
    await db.sessions.bulkAdd([
      ...Array.from({ length: 6 }, (_, i) =>
        sampleSession({
          id: `zoom-${i}`,
          meetingKey: `zoom:${i}`,
          platform: 'zoom',
          candidateName: `Z${i}`,
          clock: running,
          updatedAt: T0 + i,
        }),
      ),
      sampleSession({ id: 'meet', meetingKey: 'meet:1', platform: 'meet', clock: running, updatedAt: T0 + 100 }),
      sampleSession({ id: 'ended', meetingKey: 'zoom:e', platform: 'zoom', clock: ended, updatedAt: T0 + 101 }),
      sampleSession({ id: 'imported', meetingKey: 'zoom:i', platform: 'zoom', importedFrom: 'ada.md', updatedAt: T0 + 102 }),
    ]);
    const recent = await createRecentInterviews(db).recentInterviews('zoom');
    expect(recent.map((r) => r.sessionId)).toEqual(['zoom-5', 'zoom-4', 'zoom-3', 'zoom-2', 'zoom-1']);
    expect(recent[0]).toEqual({ sessionId: 'zoom-5', candidateName: 'Z5', updatedAt: T0 + 5 });
  });

  it('gives the meeting of the interview chosen, or null when it is gone', async () => {
    await db.sessions.add(
      sampleSession({
        id: 'z',
        platform: 'zoom',
        meetingCode: '81234567890',
        meetingKey: 'zoom:81234567890',
        meetingUrl: 'https://app.zoom.us/wc/81234567890/join',
      }),
    );
    const recent = createRecentInterviews(db);
    expect(await recent.meetingOfInterview('z')).toEqual({
      platform: 'zoom',
      code: '81234567890',
      key: 'zoom:81234567890',
      url: 'https://app.zoom.us/wc/81234567890/join',
    });
    expect(await recent.meetingOfInterview('gone')).toBeNull();
  });
});
