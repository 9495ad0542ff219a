import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { createBackgroundService } from './background-service';

const meeting = parseMeetingUrl('https://meet.google.com/abc-defg-hij')!;

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`background-service-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('a background service made without open surfaces to count (a script, a benchmark)', () => {
  it('counts every interview as attended: its first note starts the clock', async () => {
    const service = createBackgroundService(db);
    const session = await service.meetings.openInterview(meeting);
    await service.requests.interviews.saveNote({ sessionId: session.id, questionId: session.kit.questions[0]!.id, text: 'Knew REST' });
    expect((await db.sessions.get(session.id))?.clock.state).toBe('running');
  });
});
