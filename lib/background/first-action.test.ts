import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { NOT_YET_AN_INTERVIEW } from '../interviews/not-yet-an-interview';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { createBackgroundService } from './background-service';

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`first-action-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const meeting = parseMeetingUrl('https://meet.google.com/abc-defg-hij')!;

describe('a call where nothing was done', () => {
  it('boots without writing: the stand-in interview with the starting kit, no note', async () => {
    const service = createBackgroundService(db).meetings;
    const { session, note } = await service.bootInterview(meeting);
    expect(session).toMatchObject({
      id: NOT_YET_AN_INTERVIEW,
      meetingKey: meeting.key,
      currentQuestionIndex: 0,
      clock: { state: 'not-started' },
    });
    expect(session.kit.questions[0]?.text).toBe('What does REST stand for?');
    expect(note).toBeNull();
    expect(await db.sessions.count()).toBe(0);
    expect(await db.kits.count()).toBe(0);
  });

  it('the first action creates the interview and applies itself; actions racing to be first make one interview', async () => {
    const service = createBackgroundService(db, Date.now, () => false).meetings;
    const { session } = await service.bootInterview(meeting);
    const [first, second] = session.kit.questions;
    await Promise.all([
      service.actInMeeting(meeting, {
        service: 'interviews',
        method: 'saveNote',
        args: [{ sessionId: NOT_YET_AN_INTERVIEW, questionId: first!.id, text: 'R', revision: 1 }],
      }),
      service.actInMeeting(meeting, { service: 'interviews', method: 'setRating', args: [NOT_YET_AN_INTERVIEW, second!.id, 'yes'] }),
    ]);
    const sessions = await db.sessions.toArray();
    expect(sessions).toHaveLength(1);
    // The sidebar that acted is open: its first note starts the clock though no subscription attends yet.
    expect(sessions[0]!.clock.state).toBe('running');
    const notes = await db.notes.toArray();
    expect(notes.map((n) => [n.questionId, n.text, n.rating]).sort()).toEqual(
      [
        [first!.id, 'R', null],
        [second!.id, '', 'yes'],
      ].sort(),
    );
    // Later keystrokes of the same field keep the revision order.
    await service.actInMeeting(meeting, {
      service: 'interviews',
      method: 'saveNote',
      args: [{ sessionId: NOT_YET_AN_INTERVIEW, questionId: first!.id, text: 'old', revision: 0 }],
    });
    expect((await db.notes.get(`${sessions[0]!.id}/${first!.id}`))?.text).toBe('R');
  });

  it('refuses what cannot start an interview, and a tab that is not a call, leaving the database empty', async () => {
    const service = createBackgroundService(db).meetings;
    await expect(
      service.actInMeeting(meeting, { service: 'removal', method: 'deleteInterviews', args: [[NOT_YET_AN_INTERVIEW]] }),
    ).rejects.toThrow('removal.deleteInterviews cannot start an interview.');
    await expect(service.actInMeeting(meeting, { service: 'interviews', method: 'toString', args: [] })).rejects.toThrow(
      'interviews.toString cannot start an interview.',
    );
    await expect(
      service.actInMeeting(null, { service: 'interviews', method: 'setRating', args: [NOT_YET_AN_INTERVIEW, 'rest', 'yes'] }),
    ).rejects.toThrow('This tab is not a call: there is no interview to write to.');
    await expect(service.actInMeeting(meeting, { service: 'interviews', method: 'setRating', args: 'not a list' })).rejects.toThrow(
      'A request needs a service, a method and a list of arguments.',
    );
    expect(await db.sessions.count()).toBe(0);
  });

  it("Next is a first action too, and once done the dashboard's edits no longer count as the sidebar's", async () => {
    const service = createBackgroundService(db, Date.now, () => false);
    const { session } = await service.meetings.bootInterview(meeting);
    await service.meetings.actInMeeting(meeting, { service: 'interviews', method: 'setCurrentQuestion', args: [NOT_YET_AN_INTERVIEW, 1] });
    const [created] = await db.sessions.toArray();
    expect(created?.currentQuestionIndex).toBe(1);
    expect(created?.clock.state).toBe('not-started');
    // No sidebar attends it: a note written from elsewhere (the dashboard) is no sign the interview started.
    await service.requests.interviews.saveNote({ sessionId: created!.id, questionId: session.kit.questions[0]!.id, text: 'later' });
    expect((await db.sessions.get(created!.id))?.clock.state).toBe('not-started');
  });
});
