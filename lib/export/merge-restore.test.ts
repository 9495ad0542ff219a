import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { createExportService } from './export-service';
import { sampleNote, sampleSession, T0 } from './export-fixtures.test-support';
import { CONFLICT_COPY_HEADING, FUTURE_SKEW_MS } from './merge-rules';

const NOW = T0 + 86_400_000;
let here: InterviewDatabase;
let there: InterviewDatabase;
beforeEach(() => {
  here = openInterviewDatabase(`merge-here-${crypto.randomUUID()}`);
  there = openInterviewDatabase(`merge-there-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await here.delete();
  await there.delete();
});

const exports = (db: InterviewDatabase) => createExportService(db, () => NOW);

/** The same interview and note in both browsers, each with its own text and time. */
async function diverge(local: { text: string; at: number }, file: { text: string; at: number }) {
  await here.sessions.add(sampleSession({ summary: `Summary: ${local.text}`, updatedAt: local.at }));
  await here.notes.add(sampleNote('s1', 'q1', { text: local.text, updatedAt: local.at }));
  await there.sessions.add(sampleSession({ summary: `Summary: ${file.text}`, updatedAt: file.at }));
  await there.notes.add(sampleNote('s1', 'q1', { text: file.text, updatedAt: file.at }));
  return exports(there).createBackup();
}

describe('merge-restore keeps the losing version as a conflict copy', () => {
  it('the newer file wins and the local text stays below it', async () => {
    const json = await diverge({ text: 'Local', at: T0 + 1 }, { text: 'From backup', at: T0 + 2 });
    const result = await exports(here).restoreBackup(json, 'merge');
    expect(result).toMatchObject({ interviews: 1, notes: 1, keptLocal: 0, conflictCopies: 2 });
    expect((await here.notes.get('s1/q1'))!.text).toBe(`From backup\n\n${CONFLICT_COPY_HEADING}\nLocal`);
    expect((await here.sessions.get('s1'))!.summary).toBe(`Summary: From backup\n\n${CONFLICT_COPY_HEADING}\nSummary: Local`);
  });

  it('the newer local text wins and the file text stays below it; a second restore adds nothing', async () => {
    const json = await diverge({ text: 'Local', at: T0 + 2 }, { text: 'From backup', at: T0 + 1 });
    expect(await exports(here).restoreBackup(json, 'merge')).toMatchObject({ notes: 0, keptLocal: 2, conflictCopies: 2 });
    const once = await here.notes.get('s1/q1');
    expect(once!.text).toBe(`Local\n\n${CONFLICT_COPY_HEADING}\nFrom backup`);
    expect(await exports(here).restoreBackup(json, 'merge')).toMatchObject({ conflictCopies: 0 });
    expect(await here.notes.get('s1/q1')).toEqual(once);
  });

  it('the same text on both sides makes no copy', async () => {
    const json = await diverge({ text: 'Same', at: T0 + 1 }, { text: 'Same', at: T0 + 2 });
    expect(await exports(here).restoreBackup(json, 'merge')).toMatchObject({ conflictCopies: 0 });
    expect((await here.notes.get('s1/q1'))!.text).toBe('Same');
  });
});

describe('merge-restore does not believe times in the future', () => {
  it('a file stamped a year ahead does not beat newer local edits, and its text is kept as a copy', async () => {
    const json = await diverge({ text: 'Local edit', at: NOW - 1000 }, { text: 'Future', at: NOW + 365 * 86_400_000 });
    expect(await exports(here).restoreBackup(json, 'merge')).toMatchObject({ notes: 0, keptLocal: 2 });
    expect((await here.notes.get('s1/q1'))!.text).toBe(`Local edit\n\n${CONFLICT_COPY_HEADING}\nFuture`);
  });

  it('a future-stamped record new here is written with the time of the restore, so it cannot win later merges', async () => {
    await there.sessions.add(sampleSession({ updatedAt: NOW + 365 * 86_400_000 }));
    await exports(here).restoreBackup(await exports(there).createBackup(), 'merge');
    expect((await here.sessions.get('s1'))!.updatedAt).toBe(NOW);
  });

  it('a few minutes ahead is ordinary clock skew and still wins', async () => {
    const json = await diverge({ text: 'Local', at: NOW - 1000 }, { text: 'Skewed', at: NOW + FUTURE_SKEW_MS - 1 });
    expect(await exports(here).restoreBackup(json, 'merge')).toMatchObject({ notes: 1 });
    expect((await here.notes.get('s1/q1'))!.text).toMatch(/^Skewed/);
  });
});

describe('merge-restore of kits and of an interview already here', () => {
  const kit = (title: string, updatedAt: number) => ({
    ...sampleSession().kit,
    id: 'mine',
    origin: 'user' as const,
    title,
    createdAt: T0,
    updatedAt,
  });

  it('a kit edited later in the file replaces the local one, with no conflict copy; an older one does not', async () => {
    await here.kits.bulkAdd([kit('Local', T0 + 1), { ...kit('Local too', T0 + 5), id: 'other' }]);
    await there.kits.bulkAdd([kit('From backup', T0 + 2), { ...kit('Older in file', T0 + 4), id: 'other' }]);
    const result = await exports(here).restoreBackup(await exports(there).createBackup(), 'merge');
    expect(result).toMatchObject({ kits: 1, keptLocal: 1, conflictCopies: 0 });
    expect((await here.kits.toArray()).map((k) => [k.id, k.title])).toEqual([
      ['mine', 'From backup'],
      ['other', 'Local too'],
    ]);
  });

  it('a newer version of an interview here keeps its meeting link: the meeting is its own', async () => {
    const json = await diverge({ text: 'Local', at: T0 + 1 }, { text: 'From backup', at: T0 + 2 });
    await exports(here).restoreBackup(json, 'merge');
    expect((await here.sessions.toArray()).map((s) => [s.id, s.meetingKey])).toEqual([['s1', 'meet:abc-defg-hij']]);
  });
});
