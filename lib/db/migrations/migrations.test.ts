import { describe, expect, it } from 'vitest';
import { openInterviewDatabase } from '../database';
import { schemaVersions } from '../schema-versions';
import type { NoteV1, SessionV1 } from './v2';
import type { ClockV2 } from './v3';

const sessionV1: SessionV1 = {
  id: 's1',
  meetingKey: 'meet:abc-defg-hij',
  platform: 'meet',
  meetingCode: 'abc-defg-hij',
  meetingUrl: 'https://meet.google.com/abc-defg-hij',
  kitId: 'bundled:backend-engineer',
  kit: { title: 'Backend Engineer', questions: [{ id: 'rest', text: 'What does REST stand for?' }], redFlags: [] },
  currentQuestionIndex: 0,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
};
const noteV1: NoteV1 = { id: 's1/rest', sessionId: 's1', questionId: 'rest', text: 'knew it', updatedAt: 5 };

describe('schema migrations', () => {
  it('are numbered 1, 2, … in order', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
  });

  it('v1 → latest keeps every row and fills the new fields', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1 = openInterviewDatabase(name, 1);
    await v1.table('sessions').add(sessionV1);
    await v1.table('notes').add(noteV1);
    v1.close();

    const latest = openInterviewDatabase(name);
    const session = await latest.sessions.get('s1');
    expect(session).toEqual({
      ...sessionV1,
      candidateName: '',
      interviewerName: '',
      startedAt: sessionV1.createdAt,
      plannedMinutes: 45,
      clock: { state: 'not-started', elapsedMs: 0, runningSince: null, questionSince: null },
      redFlagsSeen: [],
      recommendation: null,
      summary: '',
    });
    expect(await latest.notes.get('s1/rest')).toEqual({ ...noteV1, rating: null, mark: null, spentMs: 0 });
    expect(await latest.settings.count()).toBe(0);
    expect(await latest.sessions.where('meetingKey').equals('meet:abc-defg-hij').count()).toBe(1);
    await latest.delete();
  });
});

describe('v2 → v3: the clock says where it stands', () => {
  const v2Session = (id: string, clock: ClockV2) => ({
    ...sessionV1,
    id,
    meetingKey: `meet:${id}`,
    candidateName: '',
    interviewerName: '',
    startedAt: sessionV1.createdAt,
    plannedMinutes: 45,
    clock,
    redFlagsSeen: [],
    recommendation: null,
    summary: '',
  });

  it('stops a running clock at the last change as away, booking the stretch; stopped clocks keep their time', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v2 = openInterviewDatabase(name, 2);
    const t = sessionV1.updatedAt;
    await v2
      .table('sessions')
      .bulkAdd([
        v2Session('running', { elapsedMs: 60_000, runningSince: t - 30_000, questionSince: t - 10_000 }),
        v2Session('paused', { elapsedMs: 90_000, runningSince: null, questionSince: null }),
        v2Session('never', { elapsedMs: 0, runningSince: null, questionSince: null }),
      ]);
    await v2.table('notes').add({
      id: 'running/rest',
      sessionId: 'running',
      questionId: 'rest',
      text: 'x',
      rating: null,
      mark: null,
      spentMs: 5_000,
      updatedAt: 1,
    });
    v2.close();

    const latest = openInterviewDatabase(name);
    expect((await latest.sessions.get('running'))?.clock).toEqual({
      state: 'away',
      elapsedMs: 90_000,
      runningSince: null,
      questionSince: null,
    });
    expect((await latest.notes.get('running/rest'))?.spentMs).toBe(15_000);
    expect((await latest.sessions.get('paused'))?.clock).toEqual({
      state: 'paused',
      elapsedMs: 90_000,
      runningSince: null,
      questionSince: null,
    });
    expect((await latest.sessions.get('never'))?.clock).toEqual({
      state: 'not-started',
      elapsedMs: 0,
      runningSince: null,
      questionSince: null,
    });
    await latest.delete();
  });

  it('a running clock with no note for its question gets one holding the stretch', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v2 = openInterviewDatabase(name, 2);
    const t = sessionV1.updatedAt;
    await v2.table('sessions').add(v2Session('s', { elapsedMs: 0, runningSince: t - 4_000, questionSince: t - 4_000 }));
    v2.close();
    const latest = openInterviewDatabase(name);
    expect(await latest.notes.get('s/rest')).toEqual({
      id: 's/rest',
      sessionId: 's',
      questionId: 'rest',
      text: '',
      rating: null,
      mark: null,
      spentMs: 4_000,
      updatedAt: t,
    });
    await latest.delete();
  });

  it('books nothing where there is no stretch to book, and never counts time before the clock started', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v2 = openInterviewDatabase(name, 2);
    const t = sessionV1.updatedAt;
    await v2.table('sessions').bulkAdd([
      // Started after the interview last changed: stopped where it started, nothing added.
      v2Session('late', { elapsedMs: 7_000, runningSince: t + 1_000, questionSince: t - 2_000 }),
      v2Session('no-question-since', { elapsedMs: 0, runningSince: t - 1_000, questionSince: null }),
      v2Session('zero-stretch', { elapsedMs: 0, runningSince: t - 1_000, questionSince: t }),
      { ...v2Session('past-the-end', { elapsedMs: 0, runningSince: t - 1_000, questionSince: t - 1_000 }), currentQuestionIndex: 5 },
    ]);
    v2.close();
    const latest = openInterviewDatabase(name);
    expect((await latest.sessions.get('late'))?.clock).toEqual({
      state: 'away',
      elapsedMs: 7_000,
      runningSince: null,
      questionSince: null,
    });
    expect((await latest.notes.get('late/rest'))?.spentMs).toBe(3_000);
    expect((await latest.sessions.get('zero-stretch'))?.clock.elapsedMs).toBe(1_000);
    expect((await latest.notes.toArray()).map((n) => n.id)).toEqual(['late/rest']);
    await latest.delete();
  });
});
