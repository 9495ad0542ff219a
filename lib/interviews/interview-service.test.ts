import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { BACKEND_ENGINEER_KIT_ID } from '../kits/bundled/backend-engineer';
import { parseMeetingUrl, type MeetingIdentity } from '../meeting/meeting-url';
import { MAX_TEXT_LENGTH } from './limits';
import { createInterviewService } from './interview-service';

const meeting = (url: string): MeetingIdentity => {
  const parsed = parseMeetingUrl(url);
  if (!parsed) throw new Error(`not a meeting: ${url}`);
  return parsed;
};

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('openInterview', () => {
  it('starts a new interview at question 1 with a snapshot of the default kit', async () => {
    const service = createInterviewService(db, () => 1000);
    const session = await service.openInterview(meeting('https://meet.google.com/abc-defg-hij'));
    expect(session).toMatchObject({
      meetingKey: 'meet:abc-defg-hij',
      platform: 'meet',
      meetingCode: 'abc-defg-hij',
      kitId: BACKEND_ENGINEER_KIT_ID,
      currentQuestionIndex: 0,
      createdAt: 1000,
    });
    expect(session.kit.title).toBe('Backend Engineer');
    expect(session.kit.questions).toHaveLength(8);
  });

  it('resumes the same interview for the same meeting, and starts another for another meeting', async () => {
    const service = createInterviewService(db);
    const first = await service.openInterview(meeting('https://meet.google.com/abc-defg-hij'));
    await service.setCurrentQuestion(first.id, 2);
    const again = await service.openInterview(meeting('https://meet.google.com/abc-defg-hij?authuser=1'));
    expect(again.id).toBe(first.id);
    expect(again.currentQuestionIndex).toBe(2);
    const other = await service.openInterview(meeting('https://app.zoom.us/wc/81234567890/join'));
    expect(other.id).not.toBe(first.id);
    expect(await db.sessions.count()).toBe(2);
  });

  it('creates one interview when the same meeting is opened twice at once', async () => {
    const service = createInterviewService(db);
    const m = meeting('https://meet.google.com/abc-defg-hij');
    const [a, b] = await Promise.all([service.openInterview(m), service.openInterview(m)]);
    expect(a.id).toBe(b.id);
    expect(await db.sessions.count()).toBe(1);
  });

  it('keeps its kit snapshot when the stored kit changes later', async () => {
    const service = createInterviewService(db);
    const session = await service.openInterview(meeting('https://meet.google.com/abc-defg-hij'));
    await db.kits.update(BACKEND_ENGINEER_KIT_ID, { title: 'Renamed' });
    expect((await db.sessions.get(session.id))?.kit.title).toBe('Backend Engineer');
  });
});

describe('setCurrentQuestion', () => {
  it('keeps the position within the kit', async () => {
    const service = createInterviewService(db);
    const { id } = await service.openInterview(meeting('https://meet.google.com/abc-defg-hij'));
    await service.setCurrentQuestion(id, 99);
    expect((await db.sessions.get(id))?.currentQuestionIndex).toBe(7);
    await service.setCurrentQuestion(id, -3);
    expect((await db.sessions.get(id))?.currentQuestionIndex).toBe(0);
    // A position from a message is a whole question.
    await service.setCurrentQuestion(id, 2.7);
    expect((await db.sessions.get(id))?.currentQuestionIndex).toBe(2);
  });

  it('refuses an interview that does not exist', async () => {
    await expect(createInterviewService(db).setCurrentQuestion('missing', 1)).rejects.toThrow(/no longer exists/);
  });
});

describe('saveNote', () => {
  it('writes one note per question in place, the latest text winning', async () => {
    const service = createInterviewService(db);
    const session = await service.openInterview(meeting('https://meet.google.com/abc-defg-hij'));
    const questionId = session.kit.questions[1]!.id;
    await service.saveNote({ sessionId: session.id, questionId, text: 'first' });
    await service.saveNote({ sessionId: session.id, questionId, text: '<b>second</b> # not a heading' });
    const notes = await db.notes.where('sessionId').equals(session.id).toArray();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ questionId, text: '<b>second</b> # not a heading' });
  });

  it('refuses a note for a question outside the interview, and an oversized note, writing nothing', async () => {
    const service = createInterviewService(db);
    const session = await service.openInterview(meeting('https://meet.google.com/abc-defg-hij'));
    await expect(service.saveNote({ sessionId: session.id, questionId: 'nope', text: 'x' })).rejects.toThrow(/not part of this interview/);
    const big = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    await expect(service.saveNote({ sessionId: session.id, questionId: session.kit.questions[0]!.id, text: big })).rejects.toThrow(
      /at most/,
    );
    await expect(service.saveNote({ sessionId: session.id, questionId: session.kit.questions[0]!.id, text: 7 as never })).rejects.toThrow(
      'A note can hold at most 100,000 characters.',
    );
    expect(await db.notes.count()).toBe(0);
  });

  it('takes a note of exactly the longest length', async () => {
    const service = createInterviewService(db);
    const session = await service.openInterview(meeting('https://meet.google.com/abc-defg-hij'));
    const questionId = session.kit.questions[0]!.id;
    expect(await service.saveNote({ sessionId: session.id, questionId, text: 'x'.repeat(MAX_TEXT_LENGTH) })).toEqual({ applied: true });
    expect((await db.notes.toArray())[0]?.text).toHaveLength(MAX_TEXT_LENGTH);
  });
});

describe("the browser's next and previous shortcuts", () => {
  const m = meeting('https://meet.google.com/abc-defg-hij');
  const current = async () => (await db.sessions.where('meetingKey').equals(m.key).first())?.currentQuestionIndex;

  it('Next in a call with no interview yet opens it and moves to question 2', async () => {
    await createInterviewService(db).stepQuestionInMeeting(m, 1);
    expect(await db.sessions.count()).toBe(1);
    expect(await current()).toBe(1);
  });

  it('Previous in a call with no interview yet does nothing, and writes nothing', async () => {
    await createInterviewService(db).stepQuestionInMeeting(m, -1);
    expect(await db.sessions.count()).toBe(0);
  });

  it("steps the call's interview both ways", async () => {
    const service = createInterviewService(db);
    await service.openInterview(m);
    await service.stepQuestionInMeeting(m, 1);
    await service.stepQuestionInMeeting(m, 1);
    expect(await current()).toBe(2);
    await service.stepQuestionInMeeting(m, -1);
    expect(await current()).toBe(1);
  });
});
