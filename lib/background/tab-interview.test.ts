import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { createBackgroundService, type BackgroundService } from './background-service';
import { openTabCall } from './tab-interview';

const meeting = parseMeetingUrl('https://meet.google.com/abc-defg-hij')!;

let db: InterviewDatabase;
let service: BackgroundService;
beforeEach(() => {
  fakeBrowser.reset();
  db = openInterviewDatabase(`tab-interview-${crypto.randomUUID()}`);
  service = createBackgroundService(db);
});
afterEach(() => db.delete());

describe("what a tab's sidebar opens on", () => {
  it('is the interview its meeting already has, when the caller does not say the database is new (the in-process client)', async () => {
    const session = await service.meetings.openInterview(meeting);
    await service.requests.interviews.saveNote({ sessionId: session.id, questionId: session.kit.questions[0]!.id, text: 'Knew REST' });
    const opened = await openTabCall(() => service, { platform: 'meet', meeting });
    expect(opened).toMatchObject({ status: 'ready', session: { id: session.id }, note: { text: 'Knew REST' } });
  });
});
