import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { createInterviewService } from './interview-service';
import { noteId } from './interview-types';

let db: InterviewDatabase;
let time: number;
const clock = () => time;
const meeting = parseMeetingUrl('https://meet.google.com/abc-defg-hij')!;

beforeEach(() => {
  db = openInterviewDatabase(`test-${crypto.randomUUID()}`);
  time = 1_000_000;
});
afterEach(() => db.delete());

async function started() {
  const service = createInterviewService(db, clock);
  const session = await service.openInterview(meeting);
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

  it('refuses bad details with the field named, changing nothing', async () => {
    const { service, session } = await started();
    await expect(service.updateDetails(session.id, { plannedMinutes: 0 })).rejects.toThrow(/^plannedMinutes:/);
    await expect(service.updateDetails(session.id, { recommendation: 'maybe' as never })).rejects.toThrow(/^recommendation:/);
    await expect(service.updateDetails(session.id, { meetingKey: 'x' } as never)).rejects.toThrow();
    expect(await sessionOf(session.id)).toEqual(session);
  });
});
