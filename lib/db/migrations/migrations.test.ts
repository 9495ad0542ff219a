import { describe, expect, it } from 'vitest';
import { openInterviewDatabase } from '../database';
import { schemaVersions } from '../schema-versions';
import type { NoteV1, SessionV1 } from './v2';

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
      clock: { elapsedMs: 0, runningSince: null, questionSince: null },
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
