import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { installBundledKits } from '../kits/bundled-kits';
import { dumpDatabase } from './db-dump.test-support';
import { createExportService } from './export-service';
import { sampleNote, sampleSession, T0 } from './export-fixtures.test-support';

type Row = Record<string, unknown>;
type File = { kits: (Row & { questions: Row[] })[]; interviews: (Row & { kit: { questions: Row[] } })[] };

let db: InterviewDatabase;
beforeEach(async () => {
  db = openInterviewDatabase(`meaning-${crypto.randomUUID()}`);
  await installBundledKits(db, T0);
  await db.kits.add({ ...sampleSession().kit, id: 'mine', origin: 'user', createdAt: T0, updatedAt: T0 });
  await db.sessions.add(sampleSession());
  await db.notes.add(sampleNote('s1', 'q1', { text: 'Kept' }));
});
afterEach(() => db.delete());

const exports = () => createExportService(db, () => T0);

/** This database's own backup with one value changed: shape-valid, meaning-invalid. */
async function backupWith(change: (file: File) => void): Promise<string> {
  const file = JSON.parse(await exports().createBackup()) as File;
  change(file);
  return JSON.stringify(file);
}

describe('restore refuses values that are the right type but mean nothing, naming the field', () => {
  it.each([
    [
      'a start no Date can hold (1e16)',
      (f: File) => (f.interviews[0]!.startedAt = 1e16),
      /interviews\[0\]\.startedAt: must be a time JavaScript can hold/,
    ],
    ['a negative time', (f: File) => (f.interviews[0]!.updatedAt = -1), /interviews\[0\]\.updatedAt: must not be negative/],
    [
      'a current question past the kit',
      (f: File) => (f.interviews[0]!.currentQuestionIndex = 3),
      /interviews\[0\]\.currentQuestionIndex: must be below the kit's 3/,
    ],
    ['a kit with no questions', (f: File) => (f.kits[1]!.questions = []), /kits\[1\]\.questions: a kit needs at least one question/],
    [
      "an interview's kit with no questions",
      (f: File) => (f.interviews[0]!.kit.questions = []),
      /interviews\[0\]\.kit\.questions: a kit needs at least one question/,
    ],
    ['a planned length of 0', (f: File) => (f.interviews[0]!.plannedMinutes = 0), /interviews\[0\]\.plannedMinutes/],
    ['a planned length of a year', (f: File) => (f.interviews[0]!.plannedMinutes = 525_600), /interviews\[0\]\.plannedMinutes/],
    ['a question budget of a million minutes', (f: File) => (f.kits[1]!.questions[0]!.minutes = 1e6), /kits\[1\]\.questions\[0\]\.minutes/],
    [
      'a meeting link to another site',
      (f: File) => (f.interviews[0]!.meetingUrl = 'https://evil.example/abc-defg-hij'),
      /interviews\[0\]\.meetingUrl: must be a Google Meet meeting link/,
    ],
    [
      'a meeting link of another platform',
      (f: File) => (f.interviews[0]!.meetingUrl = 'https://app.zoom.us/wc/123456/join'),
      /interviews\[0\]\.meetingUrl/,
    ],
    ['a javascript: link', (f: File) => (f.interviews[0]!.meetingUrl = 'javascript:alert(1)'), /interviews\[0\]\.meetingUrl/],
    [
      'a clock stamped with a run start no Date can hold',
      (f: File) => (f.interviews[0]!.clock = { state: 'paused', elapsedMs: 0, runningSince: 1e16, questionSince: null }),
      /interviews\[0\]\.clock\.runningSince: must be a time JavaScript can hold/,
    ],
    [
      'a red flag seen at a negative time',
      (f: File) => (f.interviews[0]!.redFlagsSeen = [{ id: 'x', text: 'Late', seenAt: -1, seenAtElapsedMs: 0, note: '', custom: true }]),
      /interviews\[0\]\.redFlagsSeen\[0\]\.seenAt: must not be negative/,
    ],
    [
      'a user kit claiming to be bundled',
      (f: File) => (f.kits[1]!.origin = 'bundled'),
      /kits\[1\]\.origin: only a kit shipped with the extension/,
    ],
  ])('%s', async (_, change, message) => {
    const json = await backupWith((f) => void change(f));
    await db.sessions.update('s1', { candidateName: 'Changed since' });
    const before = await dumpDatabase(db);
    await expect(exports().restoreBackup(json, 'replace')).rejects.toThrow(message);
    await expect(exports().restoreBackup(json, 'merge')).rejects.toThrow(message);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('still takes the values every version wrote: the bundled kit, an imported interview with no link, the last question', async () => {
    const json = await backupWith((f) => {
      f.interviews[0]!.meetingUrl = '';
      f.interviews[0]!.currentQuestionIndex = 2;
    });
    await expect(exports().restoreBackup(json, 'replace')).resolves.toMatchObject({ kits: 2, interviews: 1, notes: 1 });
  });
});
