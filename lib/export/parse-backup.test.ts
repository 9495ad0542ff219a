import { describe, expect, it } from 'vitest';
import type { InterviewSession, QuestionNote } from '../interviews/interview-types';
import { MAX_DATE_MS } from '../interviews/limits';
import { sampleNote, sampleSession, T0 } from './export-fixtures.test-support';
import { issuePath, MAX_BACKUP_CHARS, parseBackup, validateBackup } from './parse-backup';

/** A backup file as a hand or a bug could edit it. */
type File = {
  version: unknown;
  extra?: unknown;
  kits: unknown[];
  interviews: (Omit<InterviewSession, 'clock'> & { clock: object })[];
  notes: QuestionNote[];
  settings: unknown[];
  [key: string]: unknown;
};

/** A valid file of one interview with one note; `change` edits it before it is checked. */
function backup(change: (file: File) => void = () => {}) {
  const file: File = {
    format: 'interview-sidebar-backup',
    version: 1,
    exportedAt: new Date(T0).toISOString(),
    kits: [],
    interviews: [sampleSession()],
    notes: [sampleNote('s1', 'q1', { text: 'Kept' })],
    settings: [{ key: 'interviewerName', value: 'Grace Hopper' }],
  };
  change(file);
  return file;
}

describe('parseBackup names what is wrong with the text', () => {
  it('takes a valid file as its records', () => {
    expect(parseBackup(JSON.stringify(backup()))).toMatchObject({ interviews: [{ id: 's1' }], notes: [{ text: 'Kept' }] });
  });

  it('refuses something that is not text', () => {
    expect(() => parseBackup(42 as never)).toThrow('The backup must be the text of a JSON file.');
  });

  it('refuses more than MAX_BACKUP_CHARS, giving both sizes in MB; exactly the limit is read', () => {
    expect(() => parseBackup(' '.repeat(MAX_BACKUP_CHARS + 1))).toThrow('This file is 32.0 MB; a backup can be at most 32.0 MB.');
    expect(() => parseBackup(' '.repeat(MAX_BACKUP_CHARS))).toThrow(/^This file is not valid JSON \(/);
  });

  it("quotes the JSON reader's own complaint", () => {
    expect(() => parseBackup('{"format":')).toThrow(/^This file is not valid JSON \(.+\)\.$/);
  });
});

describe('validateBackup', () => {
  it.each([null, 'text', 7, []])('refuses %j as not a backup, naming the marker it lacks', (value) => {
    expect(() => validateBackup(value)).toThrow('This file is not an Interview Sidebar backup (no "format": "interview-sidebar-backup").');
  });

  it('asks to update the extension for a newer version, and refuses an older or non-numeric one by its field', () => {
    expect(() => validateBackup(backup((f) => (f.version = 2)))).toThrow(
      'This backup is format version 2, newer than this extension reads (up to version 1). Update Interview Sidebar, then restore it.',
    );
    expect(() => validateBackup(backup((f) => (f.version = 0)))).toThrow(/^This backup is invalid: version: /);
    expect(() => validateBackup(backup((f) => (f.version = '2')))).toThrow(/^This backup is invalid: version: /);
  });

  it('names a problem of the whole file as "(the file)"', () => {
    expect(() => validateBackup(backup((f) => (f.extra = true)))).toThrow('This backup is invalid: (the file): Unrecognized key: "extra".');
  });

  it.each([
    ['a second kit with the same id', (f: File) => (f.kits = [kit('k'), kit('k')]), 'kits[1].id: a second kit with id "k"'],
    [
      'a second interview of the same meeting',
      (f: File) => f.interviews.push(sampleSession({ id: 's2' })),
      'interviews[1].meetingKey: a second interview of meeting "meet:abc-defg-hij"',
    ],
    ['a second note with the same id', (f: File) => f.notes.push(f.notes[0]!), 'notes[1].id: a second note with id "s1/q1"'],
    [
      'a second setting with the same key',
      (f: File) => f.settings.push(f.settings[0]),
      'settings[1].key: a second "interviewerName" setting',
    ],
    [
      'a note id that is not its interview and question',
      (f: File) => (f.notes[0]!.id = 's1/q2'),
      'notes[0].id: expected "<sessionId>/<questionId>"',
    ],
    [
      'a note whose interview is not in the file',
      (f: File) => (f.notes[0] = sampleNote('s9', 'q1')),
      'notes[0].sessionId: no interview with id "s9" in this file',
    ],
    [
      'a clock that, run on until the last change, passes what a Date holds',
      (f: File) => (f.interviews[0]!.clock = { state: 'running', elapsedMs: MAX_DATE_MS, runningSince: T0, questionSince: T0 }),
      'interviews[0].clock.elapsedMs: with the time it ran until updatedAt, longer than a Date can hold',
    ],
    [
      'a time past what a Date holds',
      (f: File) => (f.notes[0]!.updatedAt = MAX_DATE_MS + 1),
      `notes[0].updatedAt: must be a time JavaScript can hold (at most ${MAX_DATE_MS} ms after 1970)`,
    ],
    ['a negative time', (f: File) => (f.notes[0]!.spentMs = -1), 'notes[0].spentMs: must not be negative'],
    [
      'a Zoom link on a Meet interview',
      (f: File) => (f.interviews[0]!.meetingUrl = 'https://app.zoom.us/wc/123456/join'),
      'interviews[0].meetingUrl: must be a Google Meet meeting link or empty',
    ],
    ['a question budget of 0 minutes', (f: File) => (f.kits = [kit('k', { minutes: 0 })]), 'kits[0].questions[0].minutes'],
    ['a question budget above 600 minutes', (f: File) => (f.kits = [kit('k', { minutes: 601 })]), 'kits[0].questions[0].minutes'],
    [
      'a kit of more than 200 questions',
      (f: File) => (f.kits = [{ ...kit('k'), questions: questions(201) }]),
      'kits[0].questions: Too big: expected array to have <=200 items',
    ],
  ])('refuses %s', (_, change, message) => {
    expect(() => validateBackup(backup(change))).toThrow(`This backup is invalid: ${message}`);
  });

  it('takes the limits themselves: a 600-minute question, 200 questions, the largest time', () => {
    const file = backup((f) => {
      f.kits = [kit('k', { minutes: 600 }), { ...kit('k2'), questions: questions(200) }];
      f.notes[0]!.updatedAt = MAX_DATE_MS;
      f.notes[0]!.spentMs = 0;
      // A clock that ran until the last change to exactly the largest time.
      f.interviews[0]!.clock = { state: 'paused', elapsedMs: MAX_DATE_MS, runningSince: null, questionSince: null };
    });
    expect(validateBackup(file).kits).toHaveLength(2);
    expect(validateBackup(file).interviews[0]!.clock.elapsedMs).toBe(MAX_DATE_MS);
  });

  it('settles a running clock as away at the last change, and gives a clock with no state (older files) one', () => {
    const running = validateBackup(
      backup((f) => {
        f.interviews[0]!.clock = { state: 'running', elapsedMs: 60_000, runningSince: T0, questionSince: T0 };
        f.interviews[0]!.updatedAt = T0 + 5_000;
      }),
    );
    expect(running.interviews[0]!.clock).toEqual({ state: 'away', elapsedMs: 65_000, runningSince: null, questionSince: null });
    const stateless = validateBackup(backup((f) => (f.interviews[0]!.clock = { elapsedMs: 0, runningSince: null, questionSince: null })));
    expect(stateless.interviews[0]!.clock.state).toBe('not-started');
  });
});

describe('issuePath', () => {
  it('reads as a lookup: names joined by dots, indexes in brackets; nothing is the file', () => {
    expect(issuePath(['interviews', 3, 'clock', 'elapsedMs'])).toBe('interviews[3].clock.elapsedMs');
    expect(issuePath([0, 'id'])).toBe('[0].id');
    expect(issuePath([])).toBe('(the file)');
  });
});

function questions(count: number) {
  return Array.from({ length: count }, (_, i) => ({ id: `q${i}`, text: `Question ${i}?` }));
}

function kit(id: string, question: { minutes?: number } = {}) {
  return {
    id,
    origin: 'user',
    title: 'My kit',
    questions: [{ id: 'q1', text: 'Why?', ...question }],
    redFlags: [],
    createdAt: T0,
    updatedAt: T0,
  };
}
