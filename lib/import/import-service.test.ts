import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../background/background-service';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { interviewMarkdown } from '../export/interview-markdown';
import type { InterviewSession, QuestionNote } from '../interviews/interview-types';
import { installBundledKits } from '../kits/bundled-kits';
import { backendEngineerKit as BACKEND_ENGINEER_KIT } from '../kits/bundled/backend-engineer';
import { MAX_IMPORT_CHARS, type InterviewFile } from './import-files';
import { readImportFiles } from './read-import-files';

let db: InterviewDatabase;
let service: ReturnType<typeof createBackgroundService>;
beforeEach(async () => {
  db = openInterviewDatabase(`import-${crypto.randomUUID()}`);
  service = createBackgroundService(db, () => T0);
  await installBundledKits(db, T0);
});
afterEach(() => db.delete());

/** As the dashboard imports: Markdown read on the page (lib/import/read-import-files.ts), then the background's import. */
const importThrough = async (to: typeof service, files: InterviewFile[]) => to.requests.imports.importInterviews(readImportFiles(files));

/** A colleague's interview, run with the bundled kit, as their export wrote it. */
function colleaguesExport(): string {
  const kit = { ...BACKEND_ENGINEER_KIT, questions: BACKEND_ENGINEER_KIT.questions.map((q) => ({ ...q, id: `their-${q.id}` })) };
  const session = sampleSession({
    kit,
    candidateName: 'Zoë Kim',
    interviewerName: 'Grace Hopper',
    recommendation: 'strong-yes',
    summary: 'Clear thinker.\n\n- fast',
    redFlagsSeen: [
      { id: 'f', text: 'Late', note: 'ten minutes', seenAt: T0, seenAtElapsedMs: 65_000, custom: true, questionId: kit.questions[1]!.id },
    ],
  });
  const notes = [
    sampleNote('s1', kit.questions[0]!.id, { text: 'Knew it [01:05], see https://example.com', rating: 'yes', spentMs: 252_000 }),
    sampleNote('s1', kit.questions[1]!.id, { rating: 'no', spentMs: 61_000 }),
    sampleNote('s1', kit.questions[2]!.id, { mark: 'skipped' }),
  ];
  return interviewMarkdown(session, notes, T0, { timeZone: 'UTC', locale: 'en-GB' });
}

describe('importInterviews', () => {
  it('reads a colleague’s Markdown export back, questions lined up with the local kit', async () => {
    expect(await importThrough(service, [{ name: 'zoe.md', text: colleaguesExport() }])).toEqual({
      imported: 1,
      skipped: 0,
    });
    const [session] = await db.sessions.toArray();
    const q = BACKEND_ENGINEER_KIT.questions;
    expect(session).toMatchObject({
      candidateName: 'Zoë Kim',
      interviewerName: 'Grace Hopper',
      recommendation: 'strong-yes',
      summary: 'Clear thinker.\n\n- fast',
      startedAt: T0,
      platform: 'meet',
      importedFrom: 'Grace Hopper (zoe.md)',
      clock: { elapsedMs: 42 * 60_000 + 10_000, runningSince: null, questionSince: null },
    });
    expect(session!.kit.questions.map((x) => x.id)).toEqual(q.map((x) => x.id));
    expect(session!.redFlagsSeen).toMatchObject([{ text: 'Late', note: 'ten minutes', seenAtElapsedMs: 65_000, questionId: q[1]!.id }]);
    const notes = await db.notes.where('sessionId').equals(session!.id).sortBy('questionId');
    expect(
      notes
        .map(({ questionId, text, rating, mark, spentMs }) => ({ questionId, text, rating, mark, spentMs }))
        .sort((a, b) => a.questionId.localeCompare(b.questionId)),
    ).toEqual(
      [
        { questionId: q[0]!.id, text: 'Knew it [01:05], see <https://example.com>', rating: 'yes', mark: 'asked', spentMs: 252_000 },
        { questionId: q[1]!.id, text: '', rating: 'no', mark: 'asked', spentMs: 61_000 },
        { questionId: q[2]!.id, text: '', rating: null, mark: 'skipped', spentMs: 0 },
      ].sort((a, b) => a.questionId.localeCompare(b.questionId)),
    );
    // Findable at once.
    expect((await service.requests.search.searchInterviews('zoe')).rows.map((r) => r.candidateName)).toEqual(['Zoë Kim']);
  });

  it('skips an interview imported before', async () => {
    await importThrough(service, [{ name: 'zoe.md', text: colleaguesExport() }]);
    expect(await importThrough(service, [{ name: 'zoe (2).md', text: colleaguesExport() }])).toEqual({
      imported: 0,
      skipped: 1,
    });
  });

  it('imports the interviews of a backup file, without taking over its meetings', async () => {
    await db.sessions.add(sampleSession({ id: 'x' }));
    await db.notes.add(sampleNote('x', 'q1', { text: 'theirs' }));
    const backup = await service.requests.exports.createBackup();
    const other = openInterviewDatabase(`import-${crypto.randomUUID()}`);
    const target = createBackgroundService(other, () => T0);
    expect(await importThrough(target, [{ name: 'backup.json', text: backup }])).toEqual({ imported: 1, skipped: 0 });
    expect(await other.sessions.get('x')).toMatchObject({ meetingKey: 'imported:x', importedFrom: 'backup.json' });
    expect((await other.notes.get('x/q1'))?.text).toBe('theirs');
    await other.delete();
  });

  it('names the file and the problem, and changes nothing, when one file is not an export', async () => {
    const files = [
      { name: 'zoe.md', text: colleaguesExport() },
      { name: 'notes.md', text: '# My notes\n\nNothing here.' },
    ];
    await expect(importThrough(service, files)).rejects.toThrow(
      'notes.md: no front matter: this is not an interview exported by Interview Sidebar.',
    );
    await expect(importThrough(service, [{ name: 'b.json', text: '{"format":"x"}' }])).rejects.toThrow(
      'b.json: This file is not an Interview Sidebar backup',
    );
    expect(await db.sessions.count()).toBe(0);
  });
});

/** An export of an interview run with questions of these texts; notes by question index. */
function exportOf(texts: string[], notes: Partial<QuestionNote>[], overrides: Partial<InterviewSession> = {}): string {
  const session = sampleSession({
    ...overrides,
    kit: { ...sampleSession().kit, questions: texts.map((text, i) => ({ id: `t${i}`, text })) },
  });
  const rows = notes.map((note, i) => sampleNote('s1', `t${i}`, note));
  return interviewMarkdown(session, rows, T0, { timeZone: 'UTC', locale: 'en-GB' });
}

describe('importInterviews, rule by rule', () => {
  const importFiles = (files: InterviewFile[]) => importThrough(service, files);

  it('refuses anything but a list of named texts or interviews, writing nothing', async () => {
    for (const files of ['x', null, [{ name: 'a.md' }], [{ text: 'x' }], [{ interview: {} }], [{ name: 'a.md', text: 1 }], [null]]) {
      await expect(service.requests.imports.importInterviews(files as never)).rejects.toThrow('Expected files to import.');
    }
    expect(await db.sessions.count()).toBe(0);
  });

  it('refuses a file over 5 MB by its name; one of exactly 5 MB is read', async () => {
    await expect(importFiles([{ name: 'big.md', text: 'a'.repeat(MAX_IMPORT_CHARS + 1) }])).rejects.toThrow(
      'big.md: the file is larger than 5 MB.',
    );
    await expect(importFiles([{ name: 'big.md', text: 'a'.repeat(MAX_IMPORT_CHARS) }])).rejects.toThrow('big.md: no front matter');
  });

  it('reads a file as a backup by its .json name (any case) or by a leading "{"', async () => {
    const markdown = exportOf(['Why?'], [{ text: 'n' }]);
    await expect(importFiles([{ name: 'export.JSON', text: markdown }])).rejects.toThrow(/^export\.JSON: This file is not valid JSON/);
    await expect(importFiles([{ name: 'export.md', text: '\n  {"format":"x"}' }])).rejects.toThrow(
      /^export\.md: This file is not an Interview Sidebar backup/,
    );
    await expect(importFiles([{ name: 'export.json.md', text: markdown }])).resolves.toEqual({ imported: 1, skipped: 0 });
  });

  it('counts the same interview once, even twice in one import or with the name written differently', async () => {
    const once = exportOf(['Why?'], [{ text: 'n' }], { candidateName: 'Zoë Kim' });
    const again = exportOf(['Why?'], [{ text: 'other' }], { candidateName: ' zoe  KIM! ' });
    const later = exportOf(['Why?'], [{ text: 'n' }], { candidateName: 'Zoë Kim', startedAt: T0 + 60_000 });
    expect(
      await importFiles([
        { name: 'a.md', text: once },
        { name: 'b.md', text: again },
        { name: 'c.md', text: later },
      ]),
    ).toEqual({
      imported: 2,
      skipped: 1,
    });
  });

  it('skips the export of an interview already here, whose start it holds to the second', async () => {
    const here = sampleSession({ id: 'here', meetingKey: 'meet:here', startedAt: T0 + 999, candidateName: 'Zoë Kim' });
    await db.sessions.add(here);
    const own = interviewMarkdown(here, [sampleNote('here', 'q1', { text: 'n' })], T0 + 60_000, { timeZone: 'UTC' });
    const secondLater = interviewMarkdown({ ...here, startedAt: T0 + 1_000 }, [], T0 + 60_000, { timeZone: 'UTC' });
    expect(await importFiles([{ name: 'own.md', text: own }])).toEqual({ imported: 0, skipped: 1 });
    expect(await importFiles([{ name: 'later.md', text: secondLater }])).toEqual({ imported: 1, skipped: 0 });
  });

  it("skips a backup's interview whose id is already here, even when its facts differ", async () => {
    await db.sessions.add(sampleSession({ id: 'x', meetingKey: 'meet:x' }));
    const other = openInterviewDatabase(`import-${crypto.randomUUID()}`);
    await other.sessions.add(sampleSession({ id: 'x', startedAt: T0 - 86_400_000 }));
    const backup = await createBackgroundService(other, () => T0).requests.exports.createBackup();
    await other.delete();
    expect(await importFiles([{ name: 'b.json', text: backup }])).toEqual({ imported: 0, skipped: 1 });
    expect((await db.sessions.get('x'))?.startedAt).toBe(T0);
  });

  it("lines questions up with this browser's kits by their text, each local question once; the rest get numbered ids", async () => {
    const here = BACKEND_ENGINEER_KIT.questions;
    const texts = ['what does rest STAND for', 'A question of their own?', here[0]!.text];
    await importFiles([{ name: 'a.md', text: exportOf(texts, [{ text: 'a' }, { text: 'b' }, { text: 'c' }]) }]);
    const [session] = await db.sessions.toArray();
    expect(session!.kit.questions).toEqual([
      { id: here[0]!.id, text: 'what does rest STAND for' },
      { id: 'imported-2', text: 'A question of their own?' },
      { id: 'imported-3', text: here[0]!.text },
    ]);
  });

  it('keeps a row for each question asked or skipped, marked so, even with nothing noted, and none for the rest', async () => {
    const texts = ['Noted?', 'Rated?', 'Timed?', 'Skipped?', 'Untouched?', 'Only marked asked?'];
    const asked = 'asked' as const;
    const notes = [
      { text: 'said so' },
      { rating: 'no' as const },
      { mark: asked, spentMs: 5_000 },
      { mark: 'skipped' as const },
      {},
      { mark: asked, spentMs: 400 },
    ];
    await importFiles([{ name: 'a.md', text: exportOf(texts, notes) }]);
    const [session] = await db.sessions.toArray();
    const rows = await db.notes.where('sessionId').equals(session!.id).toArray();
    const byQuestion = Object.fromEntries(rows.map((n) => [n.questionId, [n.mark, n.text, n.rating, n.spentMs]]));
    expect(byQuestion).toEqual({
      'imported-1': ['asked', 'said so', null, 0],
      'imported-2': ['asked', '', 'no', 0],
      'imported-3': ['asked', '', null, 5_000],
      'imported-4': ['skipped', '', null, 0],
      // Asked for under a second with nothing noted: exported as 00:00, and still asked here.
      'imported-6': ['asked', '', null, 0],
    });
    expect(rows.every((n) => n.id === `${session!.id}/${n.questionId}` && n.updatedAt === T0)).toBe(true);
  });

  it('gives the interview a place of its own: no meeting link, an ended clock, the file it came from', async () => {
    const flags = [
      { id: 'a', text: 'On a question', note: '', seenAt: T0, seenAtElapsedMs: 65_000, custom: false, questionId: 't1' },
      { id: 'b', text: 'On none', note: 'why', seenAt: T0, seenAtElapsedMs: 1_000, custom: false },
    ];
    const text = exportOf(['One?', 'Two?'], [{ text: 'x' }, { text: 'y' }], { interviewerName: '', redFlagsSeen: flags });
    await importFiles([{ name: 'theirs.md', text }]);
    const [session] = await db.sessions.toArray();
    expect(session).toMatchObject({
      meetingKey: `imported:${session!.id}`,
      meetingUrl: '',
      kitId: 'imported:Backend Engineer',
      kit: { title: 'Backend Engineer', role: 'Backend Engineer', redFlags: [] },
      currentQuestionIndex: 0,
      plannedMinutes: 45,
      clock: { state: 'ended' },
      importedFrom: 'theirs.md',
      createdAt: T0,
      updatedAt: T0,
    });
    expect(session!.redFlagsSeen.map(({ id: _id, ...flag }) => flag)).toEqual([
      { text: 'On a question', note: '', seenAt: T0 + 65_000, seenAtElapsedMs: 65_000, custom: true, questionId: 'imported-2' },
      { text: 'On none', note: 'why', seenAt: T0 + 1_000, seenAtElapsedMs: 1_000, custom: true },
    ]);
  });
});
