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
    // A first action's name in another service is not one.
    await expect(
      service.actInMeeting(meeting, { service: 'kits', method: 'saveNote', args: [{ sessionId: NOT_YET_AN_INTERVIEW }] }),
    ).rejects.toThrow('kits.saveNote cannot start an interview.');
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

describe("each of the sidebar's actions may be the first in a call", () => {
  const call = (method: string, ...args: unknown[]) => ({ service: 'interviews', method, args: [NOT_YET_AN_INTERVIEW, ...args] });
  const only = async () => {
    const sessions = await db.sessions.toArray();
    expect(sessions).toHaveLength(1);
    return sessions[0]!;
  };

  it.each([
    ['a question marked skipped', call('setQuestionMark', 'rest', 'skipped'), async () => (await db.notes.toArray()).map((n) => n.mark)],
    ['a kit red flag ticked', call('setKitRedFlagSeen', 0, true), async () => (await only()).redFlagsSeen.map((f) => f.id)],
    ['a red flag added', call('addRedFlag', 'Blamed the team'), async () => (await only()).redFlagsSeen.map((f) => f.text)],
    ['Start', call('setClockRunning', true), async () => (await only()).clock.state],
    // End before anything was recorded: the interview exists, its clock never ran.
    ['End', call('endInterview'), async () => (await only()).clock.state],
    ['a detail typed', call('updateDetails', { candidateName: 'Ada' }, 1), async () => (await only()).candidateName],
  ])('%s creates the interview and is applied to it', async (_, first, applied) => {
    const service = createBackgroundService(db).meetings;
    const { session } = await service.bootInterview(meeting);
    const args = first.args.map((arg) => (arg === 'rest' ? session.kit.questions[0]!.id : arg));
    await service.actInMeeting(meeting, { ...first, args });
    expect(await applied()).toEqual(
      {
        setQuestionMark: ['skipped'],
        setKitRedFlagSeen: ['kit-0'],
        addRedFlag: ['Blamed the team'],
        setClockRunning: 'running',
        endInterview: 'not-started',
        updateDetails: 'Ada',
      }[first.method],
    );
  });

  it('another kit chosen before anything else runs the new interview with that kit', async () => {
    const kit = await createBackgroundService(db).requests.kits.createKit({
      title: 'Analyst',
      questions: [{ id: 'first', text: 'How do you check numbers?' }],
      redFlags: [],
    });
    const service = createBackgroundService(db).meetings;
    await service.actInMeeting(meeting, call('chooseInterviewKit', kit.id));
    expect((await only()).kit.questions.map((q) => q.text)).toEqual(['How do you check numbers?']);
  });

  it("a red flag's note or removal sent before the sidebar learned the new interview's id reaches that interview", async () => {
    const service = createBackgroundService(db).meetings;
    await service.actInMeeting(meeting, call('setKitRedFlagSeen', 0, true));
    await service.actInMeeting(meeting, call('addRedFlag', 'Late'));
    await service.actInMeeting(meeting, call('setRedFlagNote', 'kit-0', 'Twice', 1));
    expect((await only()).redFlagsSeen.map((f) => [f.text === 'Late' ? 'added' : f.id, f.note])).toEqual([
      ['kit-0', 'Twice'],
      ['added', ''],
    ]);
    await service.actInMeeting(meeting, call('removeRedFlag', 'kit-0'));
    expect((await only()).redFlagsSeen.map((f) => f.text)).toEqual(['Late']);
  });
});
