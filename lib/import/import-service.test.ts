import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../background/background-service';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { interviewMarkdown } from '../export/interview-markdown';
import { installBundledKits } from '../kits/bundled-kits';
import { backendEngineerKit as BACKEND_ENGINEER_KIT } from '../kits/bundled/backend-engineer';

let db: InterviewDatabase;
let service: ReturnType<typeof createBackgroundService>;
beforeEach(async () => {
  db = openInterviewDatabase(`import-${crypto.randomUUID()}`);
  service = createBackgroundService(db, () => T0);
  await installBundledKits(db, T0);
});
afterEach(() => db.delete());

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
    expect(await service.requests.imports.importInterviews([{ name: 'zoe.md', text: colleaguesExport() }])).toEqual({
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
    await service.requests.imports.importInterviews([{ name: 'zoe.md', text: colleaguesExport() }]);
    expect(await service.requests.imports.importInterviews([{ name: 'zoe (2).md', text: colleaguesExport() }])).toEqual({
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
    expect(await target.requests.imports.importInterviews([{ name: 'backup.json', text: backup }])).toEqual({ imported: 1, skipped: 0 });
    expect(await other.sessions.get('x')).toMatchObject({ meetingKey: 'imported:x', importedFrom: 'backup.json' });
    expect((await other.notes.get('x/q1'))?.text).toBe('theirs');
    await other.delete();
  });

  it('names the file and the problem, and changes nothing, when one file is not an export', async () => {
    const files = [
      { name: 'zoe.md', text: colleaguesExport() },
      { name: 'notes.md', text: '# My notes\n\nNothing here.' },
    ];
    await expect(service.requests.imports.importInterviews(files)).rejects.toThrow(
      'notes.md: no front matter: this is not an interview exported by Interview Sidebar.',
    );
    await expect(service.requests.imports.importInterviews([{ name: 'b.json', text: '{"format":"x"}' }])).rejects.toThrow(
      'b.json: This file is not an Interview Sidebar backup',
    );
    expect(await db.sessions.count()).toBe(0);
  });
});
