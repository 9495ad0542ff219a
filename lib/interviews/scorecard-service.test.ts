import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { createInterviewService } from './interview-service';
import { noteId } from './interview-types';
import { MAX_TEXT_LENGTH } from './limits';

let db: InterviewDatabase;
let time: number;
const clock = () => time;
const meeting = parseMeetingUrl('https://meet.google.com/abc-defg-hij')!;

beforeEach(() => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
  time = 1_000_000;
});
afterEach(() => db.delete());

/** An interview whose clock the interviewer started with Start. */
async function started() {
  const service = createInterviewService(db, clock);
  await service.setClockRunning((await service.openInterview(meeting)).id, true);
  const session = (await db.sessions.where('meetingKey').equals(meeting.key).first())!;
  const [q1, q2] = session.kit.questions;
  return { service, session, q1: q1!.id, q2: q2!.id };
}
const noteOf = (sessionId: string, questionId: string) => db.notes.get(noteId(sessionId, questionId));
const sessionOf = async (id: string) => (await db.sessions.get(id))!;

describe('time accounting', () => {
  it('books time to the question that was current, across switches and a pause', async () => {
    const { service, session, q1, q2 } = await started();
    time += 90_000;
    await service.setCurrentQuestion(session.id, 1);
    time += 30_000;
    await service.setClockRunning(session.id, false);
    time += 600_000; // paused ten minutes: nothing counts
    await service.setClockRunning(session.id, true);
    time += 15_000;
    await service.setCurrentQuestion(session.id, 0);
    time += 5_000;
    await service.setCurrentQuestion(session.id, 1);

    expect((await noteOf(session.id, q1))?.spentMs).toBe(95_000);
    expect((await noteOf(session.id, q2))?.spentMs).toBe(45_000);
    const { clock: c } = await sessionOf(session.id);
    expect(c.elapsedMs + (time - c.runningSince!)).toBe(140_000);
  });

  it('moving to the same question books nothing and keeps its stretch going', async () => {
    const { service, session, q1 } = await started();
    time += 10_000;
    await service.setCurrentQuestion(session.id, 0);
    expect(await noteOf(session.id, q1)).toBeUndefined();
  });
});

describe('when the clock runs', () => {
  const opened = async () => {
    const service = createInterviewService(db, clock);
    const session = await service.openInterview(meeting);
    return { service, session, q1: session.kit.questions[0]!.id };
  };
  const clockOf = async (id: string) => (await sessionOf(id)).clock;

  it('opening a call starts nothing; the first word of a note starts it, an empty save does not', async () => {
    const { service, session, q1 } = await opened();
    expect(session.clock.state).toBe('not-started');
    time += 60_000;
    await service.setCurrentQuestion(session.id, 1);
    await service.setCurrentQuestion(session.id, 0);
    await service.saveNote({ sessionId: session.id, questionId: q1, text: '  ' });
    expect((await clockOf(session.id)).state).toBe('not-started');
    await service.saveNote({ sessionId: session.id, questionId: q1, text: 'Hi' });
    expect(await clockOf(session.id)).toEqual({ state: 'running', elapsedMs: 0, runningSince: time, questionSince: time });
  });

  it.each([
    ['a rating', (s: Svc, id: string, q: string) => s.setRating(id, q, 'yes')],
    ['marked asked', (s: Svc, id: string, q: string) => s.setQuestionMark(id, q, 'asked')],
    ['a red flag', (s: Svc, id: string) => s.setKitRedFlagSeen(id, 0, true)],
    ['a custom red flag', (s: Svc, id: string) => s.addRedFlag(id, 'Late')],
  ])('%s starts it', async (_, act) => {
    const { service, session, q1 } = await opened();
    time += 5_000;
    await act(service, session.id, q1);
    expect((await clockOf(session.id)).runningSince).toBe(time);
  });

  it('End interview stops it for good: presence does not resume it, Resume does', async () => {
    const { service, session, q1 } = await opened();
    await service.setRating(session.id, q1, 'no');
    time += 30_000;
    await service.endInterview(session.id);
    time += 600_000;
    await service.setPresent(session.id, false);
    await service.setPresent(session.id, true);
    await service.saveNote({ sessionId: session.id, questionId: q1, text: 'after' });
    expect(await clockOf(session.id)).toEqual({ state: 'ended', elapsedMs: 30_000, runningSince: null, questionSince: null });
    expect((await noteOf(session.id, q1))?.spentMs).toBe(30_000);
    await service.setClockRunning(session.id, true);
    expect((await clockOf(session.id)).state).toBe('running');
  });

  it('pauses as away while no surface is open, and counts none of that time', async () => {
    const { service, session, q1 } = await opened();
    await service.setRating(session.id, q1, 'yes');
    time += 3_000;
    await service.setPresent(session.id, false);
    time += 5_000;
    await service.setPresent(session.id, true);
    time += 1_000;
    await service.setCurrentQuestion(session.id, 1);
    expect((await noteOf(session.id, q1))?.spentMs).toBe(4_000);
    const c = await clockOf(session.id);
    expect(c.elapsedMs + (time - c.runningSince!)).toBe(4_000);
  });

  it('evidence added with no sidebar open (from the dashboard) does not start the clock', async () => {
    const service = createInterviewService(db, clock, undefined, () => false);
    const session = await service.openInterview(meeting);
    const q1 = session.kit.questions[0]!.id;
    await service.saveNote({ sessionId: session.id, questionId: q1, text: 'written up later' });
    await service.setRating(session.id, q1, 'yes');
    await service.setKitRedFlagSeen(session.id, 0, true);
    expect((await clockOf(session.id)).state).toBe('not-started');
  });

  it('a clock the interviewer paused stays paused when a surface comes back', async () => {
    const { service, session, q1 } = await opened();
    await service.setRating(session.id, q1, 'yes');
    await service.setClockRunning(session.id, false);
    await service.setPresent(session.id, true);
    expect((await clockOf(session.id)).state).toBe('paused');
  });

  it('an interview left while the worker was down is paused at its last sign of life', async () => {
    const { service, session, q1 } = await opened();
    await service.setRating(session.id, q1, 'yes');
    const seenAt = time + 2_000;
    time += 60_000;
    await service.pauseAbandoned(session.id, seenAt);
    expect(await clockOf(session.id)).toEqual({ state: 'away', elapsedMs: 2_000, runningSince: null, questionSince: null });
  });

  it('a note written after the interview last changed is a sign of life too (a note leaves the session record alone)', async () => {
    const { service, session, q1 } = await opened();
    await service.setRating(session.id, q1, 'yes');
    const stamped = (await sessionOf(session.id)).updatedAt;
    time += 5_000;
    await service.saveNote({ sessionId: session.id, questionId: q1, text: 'still typing' });
    expect((await sessionOf(session.id)).updatedAt).toBe(stamped);
    time += 60_000;
    await service.pauseAbandoned(session.id, stamped + 1_000);
    expect(await clockOf(session.id)).toEqual({ state: 'away', elapsedMs: 5_000, runningSince: null, questionSince: null });
  });
});

describe('presence and the last sign of life, at their edges', () => {
  const withEvidence = async () => {
    const service = createInterviewService(db, clock);
    const session = await service.openInterview(meeting);
    await service.setRating(session.id, session.kit.questions[0]!.id, 'yes');
    return { service, id: session.id };
  };
  const clockOf = async (id: string) => (await sessionOf(id)).clock;

  it('a pause dated before the clock started counts no time, never less than none', async () => {
    const { service, id } = await withEvidence();
    time += 10_000;
    await service.setPresent(id, false, time - 60_000);
    expect(await clockOf(id)).toEqual({ state: 'away', elapsedMs: 0, runningSince: null, questionSince: null });
  });

  it('a sign of life later than now (a skewed clock) pauses at now', async () => {
    const { service, id } = await withEvidence();
    time += 10_000;
    await service.pauseAbandoned(id, time + 60_000);
    expect((await clockOf(id)).elapsedMs).toBe(10_000);
  });

  it('an interview not running is left as it is, and a surface coming back starts none', async () => {
    const service = createInterviewService(db, clock);
    const session = await service.openInterview(meeting);
    await service.pauseAbandoned(session.id, time);
    await service.setPresent(session.id, true);
    await service.setClockRunning(session.id, false);
    expect(await sessionOf(session.id)).toEqual(session);
  });

  it('an interview that is gone is no error', async () => {
    const service = createInterviewService(db, clock);
    await expect(service.setPresent('gone', false)).resolves.toBeUndefined();
    await expect(service.pauseAbandoned('gone', time)).resolves.toBeUndefined();
  });
});

type Svc = ReturnType<typeof createInterviewService>;

describe('ratings and marks', () => {
  it('rates, clears, and a rating lifts a skip', async () => {
    const { service, session, q1 } = await started();
    await service.setQuestionMark(session.id, q1, 'skipped');
    await service.setRating(session.id, q1, 'strong-yes');
    expect(await noteOf(session.id, q1)).toMatchObject({ rating: 'strong-yes', mark: null });
    await service.setRating(session.id, q1, null);
    expect((await noteOf(session.id, q1))?.rating).toBeNull();
  });

  it('keeps note text and rating apart: saving one never drops the other', async () => {
    const { service, session, q1 } = await started();
    await service.setRating(session.id, q1, 'no');
    await service.saveNote({ sessionId: session.id, questionId: q1, text: 'vague' });
    expect(await noteOf(session.id, q1)).toMatchObject({ rating: 'no', text: 'vague' });
  });

  it('clearing a rating keeps a skip; a mark can be cleared by hand', async () => {
    const { service, session, q1 } = await started();
    await service.setQuestionMark(session.id, q1, 'skipped');
    await service.setRating(session.id, q1, null);
    expect((await noteOf(session.id, q1))?.mark).toBe('skipped');
    await service.setQuestionMark(session.id, q1, null);
    expect((await noteOf(session.id, q1))?.mark).toBeNull();
  });

  it('a skip is no evidence: it does not start the clock', async () => {
    const service = createInterviewService(db, clock);
    const session = await service.openInterview(meeting);
    await service.setQuestionMark(session.id, session.kit.questions[0]!.id, 'skipped');
    expect((await sessionOf(session.id)).clock.state).toBe('not-started');
  });

  it('stamps the note with the time of its change', async () => {
    const { service, session, q1 } = await started();
    time += 7_000;
    await service.setRating(session.id, q1, 'yes');
    expect((await noteOf(session.id, q1))?.updatedAt).toBe(time);
  });

  it('refuses unknown ratings and marks, changing nothing', async () => {
    const { service, session, q1 } = await started();
    await expect(service.setRating(session.id, q1, 'maybe' as never)).rejects.toThrow('Unknown rating: maybe');
    await expect(service.setQuestionMark(session.id, q1, 'done' as never)).rejects.toThrow('Unknown mark: done');
    expect(await noteOf(session.id, q1)).toBeUndefined();
  });
});

describe('red flags seen', () => {
  it('ticks with the time seen, takes a note, unticks, and adds custom flags', async () => {
    const { service, session } = await started();
    time += 42_000;
    await service.setClockRunning(session.id, false);
    time += 60_000; // paused: the interview time of the sighting does not count this minute
    await service.setKitRedFlagSeen(session.id, 2, true);
    const [flag] = (await sessionOf(session.id)).redFlagsSeen;
    expect(flag).toMatchObject({
      id: 'kit-2',
      text: session.kit.redFlags[2],
      seenAt: time,
      seenAtElapsedMs: 42_000,
      custom: false,
      note: '',
    });
    await service.setRedFlagNote(session.id, 'kit-2', 'shrugged at TLS');
    await service.addRedFlag(session.id, '  Talked over the interviewer  ');
    let seen = (await sessionOf(session.id)).redFlagsSeen;
    expect(seen.map((f) => [f.text, f.note, f.custom])).toEqual([
      [session.kit.redFlags[2], 'shrugged at TLS', false],
      ['Talked over the interviewer', '', true],
    ]);
    await service.setKitRedFlagSeen(session.id, 2, false);
    await service.removeRedFlag(session.id, seen[1]!.id);
    seen = (await sessionOf(session.id)).redFlagsSeen;
    expect(seen).toEqual([]);
  });

  it('records the question on screen when a flag is seen', async () => {
    const { service, session, q2 } = await started();
    await service.setCurrentQuestion(session.id, 1);
    await service.setKitRedFlagSeen(session.id, 0, true);
    await service.addRedFlag(session.id, 'Late');
    expect((await sessionOf(session.id)).redFlagsSeen.map((f) => f.questionId)).toEqual([q2, q2]);
  });

  it('ticking a ticked flag again keeps one, seen at the latest tick', async () => {
    const { service, session } = await started();
    await service.setKitRedFlagSeen(session.id, 0, true);
    time += 1_000;
    await service.setKitRedFlagSeen(session.id, 0, true);
    const seen = (await sessionOf(session.id)).redFlagsSeen;
    expect(seen.map((f) => [f.id, f.seenAt])).toEqual([['kit-0', time]]);
  });

  it('takes a custom flag up to 200 characters, and a note up to 100,000', async () => {
    const { service, session } = await started();
    await service.addRedFlag(session.id, 'x'.repeat(200));
    await expect(service.addRedFlag(session.id, 'x'.repeat(201))).rejects.toThrow('A red flag needs 1 to 200 characters.');
    await expect(service.addRedFlag(session.id, 7 as never)).rejects.toThrow('A red flag needs 1 to 200 characters.');
    const [flag] = (await sessionOf(session.id)).redFlagsSeen;
    await service.setRedFlagNote(session.id, flag!.id, 'y'.repeat(MAX_TEXT_LENGTH));
    await expect(service.setRedFlagNote(session.id, flag!.id, 'y'.repeat(MAX_TEXT_LENGTH + 1))).rejects.toThrow('That note is too long.');
    await expect(service.setRedFlagNote(session.id, flag!.id, null as never)).rejects.toThrow('That note is too long.');
    expect((await sessionOf(session.id)).redFlagsSeen.map((f) => f.note.length)).toEqual([MAX_TEXT_LENGTH]);
  });

  it('refuses a flag the kit does not have, an empty custom flag, and a note on an unticked flag', async () => {
    const { service, session } = await started();
    await expect(service.setKitRedFlagSeen(session.id, 99, true)).rejects.toThrow('no red flag number 100');
    await expect(service.addRedFlag(session.id, '   ')).rejects.toThrow('1 to 200 characters');
    await expect(service.setRedFlagNote(session.id, 'kit-0', 'x')).rejects.toThrow('not ticked');
    expect((await sessionOf(session.id)).redFlagsSeen).toEqual([]);
  });
});

describe('interview details', () => {
  it('stores details, remembers the interviewer for the next interview', async () => {
    const { service, session } = await started();
    await service.updateDetails(session.id, {
      candidateName: 'Ada Lovelace',
      interviewerName: 'Grace',
      plannedMinutes: 60,
      recommendation: 'strong-yes',
      summary: 'Clear thinker.',
    });
    expect(await sessionOf(session.id)).toMatchObject({
      candidateName: 'Ada Lovelace',
      interviewerName: 'Grace',
      plannedMinutes: 60,
      recommendation: 'strong-yes',
      summary: 'Clear thinker.',
    });
    const next = await service.openInterview(parseMeetingUrl('https://app.zoom.us/wc/81234567890/join')!);
    expect(next.interviewerName).toBe('Grace');
    expect(next.candidateName).toBe('');
  });

  it('says the patch applied when every field landed; a patch without the interviewer keeps the remembered one', async () => {
    const { service, session } = await started();
    await service.updateDetails(session.id, { interviewerName: 'Grace' });
    expect(await service.updateDetails(session.id, { candidateName: 'Ada', summary: 'ok' }, 3)).toEqual({ applied: true });
    const next = await service.openInterview(parseMeetingUrl('https://app.zoom.us/wc/81234567890/join')!);
    expect(next.interviewerName).toBe('Grace');
  });

  it('stamps the interview with the time of the change', async () => {
    const { service, session } = await started();
    time += 9_000;
    await service.updateDetails(session.id, { summary: 'ok' });
    expect((await sessionOf(session.id)).updatedAt).toBe(time);
  });

  it('refuses bad details with the field named, changing nothing', async () => {
    const { service, session } = await started();
    await expect(service.updateDetails(session.id, { plannedMinutes: 0 })).rejects.toThrow(/^plannedMinutes:/);
    await expect(service.updateDetails(session.id, { recommendation: 'maybe' as never })).rejects.toThrow(/^recommendation:/);
    await expect(service.updateDetails(session.id, { meetingKey: 'x' } as never)).rejects.toThrow();
    expect(await sessionOf(session.id)).toEqual(session);
  });
});

describe('the latest text wins, whatever order the writes arrive in', () => {
  it('a note: a write older than one applied changes nothing', async () => {
    const { service, session, q1 } = await started();
    expect(await service.saveNote({ sessionId: session.id, questionId: q1, text: 'newest', revision: 5 })).toEqual({ applied: true });
    // The surface is told, so it shows the stored text instead of "Saved" for text that is not.
    expect(await service.saveNote({ sessionId: session.id, questionId: q1, text: 'older', revision: 3 })).toEqual({ applied: false });
    expect((await noteOf(session.id, q1))?.text).toBe('newest');
    await service.saveNote({ sessionId: session.id, questionId: q1, text: 'newer still', revision: 6 });
    expect((await noteOf(session.id, q1))?.text).toBe('newer still');
  });

  it("details: an older summary is dropped, while another field's write still lands", async () => {
    const { service, session } = await started();
    await service.updateDetails(session.id, { summary: 'final' }, 9);
    expect(await service.updateDetails(session.id, { summary: 'draft' }, 4)).toEqual({ applied: false });
    await service.updateDetails(session.id, { candidateName: 'Ada' }, 1);
    expect(await sessionOf(session.id)).toMatchObject({ summary: 'final', candidateName: 'Ada' });
  });

  it('a red flag note: crossing revisions keep the latest', async () => {
    const { service, session } = await started();
    await service.setKitRedFlagSeen(session.id, 0, true);
    await service.setRedFlagNote(session.id, 'kit-0', 'talked over me twice', 7);
    expect(await service.setRedFlagNote(session.id, 'kit-0', 'talked', 2)).toEqual({ applied: false });
    expect((await sessionOf(session.id)).redFlagsSeen[0]?.note).toBe('talked over me twice');
  });
});
