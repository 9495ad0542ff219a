import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleNote, sampleSession } from '../export/export-fixtures.test-support';
import { installBundledKits } from '../kits/bundled-kits';
import { BACKEND_ENGINEER_KIT_ID, backendEngineerKit } from '../kits/bundled/backend-engineer';
import type { Kit } from '../kits/kit-types';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { bootBeforeAnyDatabase, bootInterview } from './interview-boot';
import { NOT_STARTED_CLOCK } from './interview-types';
import { NOT_YET_AN_INTERVIEW } from './not-yet-an-interview';

const meeting = parseMeetingUrl('https://meet.google.com/abc-defg-hij?authuser=1')!;
const designKit: Kit = {
  id: 'user-design',
  origin: 'user',
  title: 'Product Designer',
  questions: [{ id: 'crit', text: 'Walk me through a critique.' }],
  redFlags: [],
  sourceUrl: 'https://example.com/design-kit.md',
  createdAt: 1,
  updatedAt: 1,
};

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`boot-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('the stand-in before any database', () => {
  it('is a not-started interview of the call with the bundled kit, written nowhere', () => {
    const { session, note } = bootBeforeAnyDatabase(meeting, 5_000);
    expect(session).toEqual({
      id: NOT_YET_AN_INTERVIEW,
      meetingKey: 'meet:abc-defg-hij',
      platform: 'meet',
      meetingCode: 'abc-defg-hij',
      meetingUrl: meeting.url,
      kitId: BACKEND_ENGINEER_KIT_ID,
      kit: backendEngineerKit,
      currentQuestionIndex: 0,
      candidateName: '',
      interviewerName: '',
      startedAt: 5_000,
      plannedMinutes: 45,
      clock: NOT_STARTED_CLOCK,
      redFlagsSeen: [],
      recommendation: null,
      summary: '',
      createdAt: 5_000,
      updatedAt: 5_000,
    });
    expect(note).toBeNull();
    // A copy: the stand-in's kit is never the shipped object itself.
    expect(session.kit).not.toBe(backendEngineerKit);
  });
});

describe('booting a call', () => {
  it('before its interview exists: the kit chosen last and the remembered interviewer, writing nothing', async () => {
    await db.kits.add(designKit);
    await db.settings.bulkAdd([
      { key: 'lastKitId', value: designKit.id },
      { key: 'interviewerName', value: 'Grace' },
    ]);
    const { session, note } = await bootInterview(db, meeting, 7_000);
    expect(session).toMatchObject({ id: NOT_YET_AN_INTERVIEW, kitId: 'user-design', interviewerName: 'Grace', startedAt: 7_000 });
    // Where a kit was imported from is not part of what an interview keeps of it.
    expect(session.kit).toEqual({ title: 'Product Designer', questions: designKit.questions, redFlags: [] });
    expect(note).toBeNull();
    expect(await db.sessions.count()).toBe(0);
  });

  it('falls back to the installed default when the kit chosen last was deleted', async () => {
    await installBundledKits(db, 1);
    await db.kits.update(BACKEND_ENGINEER_KIT_ID, { title: 'Backend Engineer (edited)' });
    await db.settings.add({ key: 'lastKitId', value: 'deleted-kit' });
    const { session } = await bootInterview(db, meeting, 7_000);
    expect(session.kitId).toBe(BACKEND_ENGINEER_KIT_ID);
    expect(session.kit.title).toBe('Backend Engineer (edited)');
    expect(session.interviewerName).toBe('');
  });

  it('once it exists: the interview, and the note of its current question', async () => {
    await db.sessions.add(sampleSession({ id: 's1', meetingKey: meeting.key, currentQuestionIndex: 1 }));
    await db.notes.bulkAdd([sampleNote('s1', 'q1', { text: 'first' }), sampleNote('s1', 'q2', { text: 'second' })]);
    const { session, note } = await bootInterview(db, meeting, 7_000);
    expect(session.id).toBe('s1');
    expect(note?.text).toBe('second');
  });

  it('once it exists, with no note yet on the current question: no note', async () => {
    await db.sessions.add(sampleSession({ id: 's1', meetingKey: meeting.key, currentQuestionIndex: 2 }));
    await db.notes.add(sampleNote('s1', 'q1', { text: 'first' }));
    expect((await bootInterview(db, meeting, 7_000)).note).toBeNull();
  });
});
