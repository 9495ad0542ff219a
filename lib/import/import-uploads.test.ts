import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../background/background-service';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleNote, sampleSession, T0 } from '../export/export-fixtures.test-support';
import { interviewMarkdown } from '../export/interview-markdown';
import { MAX_BACKUP_CHARS } from '../export/parse-backup';
import { MAX_IMPORT_CHARS } from './import-files';
import { parseInterviewMarkdown } from './interview-markdown-parse';

let db: InterviewDatabase;
let imports: ReturnType<typeof createBackgroundService>['requests']['imports'];
beforeEach(() => {
  db = openInterviewDatabase(`uploads-${crypto.randomUUID()}`);
  imports = createBackgroundService(db, () => T0).requests.imports;
});
afterEach(() => db.delete());

const markdownOf = (candidateName: string) =>
  interviewMarkdown(sampleSession({ id: candidateName, candidateName }), [sampleNote(candidateName, 'q1', { text: 'fine' })], T0, {
    timeZone: 'UTC',
  });
/** Sends `text` as file number `file` in pieces of `size` characters. */
async function send(id: string, file: number, name: string, text: string, size: number) {
  for (let at = 0; at < text.length; at += size) await imports.addImportPiece(id, file, name, text.slice(at, at + size));
}

describe('Interviews → Import in pieces', () => {
  it('joins each backup from its pieces, takes each interview the page read, in order, and imports them all at the end', async () => {
    const backup = JSON.parse(await createBackgroundService(db, () => T0).requests.exports.createBackup()) as Record<string, unknown>;
    const theirs = { ...backup, interviews: [sampleSession({ id: 'x', candidateName: 'Lin' })], notes: [sampleNote('x', 'q1')] };
    const id = imports.startImport();
    await imports.addParsedInterview(id, 0, 'ada.md', parseInterviewMarkdown(markdownOf('Ada')));
    await send(id, 1, 'lin.json', JSON.stringify(theirs), 97);
    await imports.addParsedInterview(id, 2, 'grace.md', parseInterviewMarkdown(markdownOf('Grace')));
    expect(await db.sessions.count()).toBe(0);
    expect(await imports.finishImport(id)).toEqual({ imported: 3, skipped: 0 });
    expect((await db.sessions.toArray()).map((s) => [s.candidateName, s.importedFrom]).sort()).toEqual([
      ['Ada', 'Grace Hopper (ada.md)'],
      ['Grace', 'Grace Hopper (grace.md)'],
      ['Lin', 'lin.json'],
    ]);
    // Finished: its pieces are gone.
    await expect(imports.finishImport(id)).rejects.toThrow('This import is no longer running (the extension restarted). Start it again.');
  });

  it('takes a backup larger than one message may carry', async () => {
    const backup = JSON.parse(await createBackgroundService(db, () => T0).requests.exports.createBackup()) as Record<string, unknown>;
    const theirs = { ...backup, interviews: [sampleSession({ id: 'x', candidateName: 'Lin' })], notes: [sampleNote('x', 'q1')] };
    // Valid JSON of any size: the same backup with space after it.
    const text = JSON.stringify(theirs) + ' '.repeat(MAX_BACKUP_CHARS + 1);
    const id = imports.startImport();
    await send(id, 0, 'their-backup.json', text, 4 * 1024 * 1024);
    expect(await imports.finishImport(id)).toEqual({ imported: 1, skipped: 0 });
    expect(await db.sessions.get('x')).toMatchObject({ candidateName: 'Lin', importedFrom: 'their-backup.json' });
  });

  it('stops a Markdown file at its limit as soon as it passes it, naming it, and writes nothing', async () => {
    const id = imports.startImport();
    await imports.addImportPiece(id, 0, 'big.md', 'a'.repeat(MAX_IMPORT_CHARS));
    await expect(imports.addImportPiece(id, 0, 'big.md', 'a')).rejects.toThrow('big.md: the file is larger than 5 MB.');
    await expect(imports.addImportPiece(id, 0, 'big.md', 'a')).rejects.toThrow('This import is no longer running');
    expect(await db.sessions.count()).toBe(0);
  });

  it('refuses a piece that is not one, or that skips a file', async () => {
    const id = imports.startImport();
    const bad: [number, unknown, unknown][] = [
      [1, 'a.md', 'x'],
      [-1, 'a.md', 'x'],
      [0.5, 'a.md', 'x'],
      [0, null, 'x'],
      [0, 'a.md', 42],
    ];
    for (const [file, name, text] of bad)
      await expect(imports.addImportPiece(id, file, name as string, text as string)).rejects.toThrow(
        'Expected a piece of a file to import.',
      );
    await expect(imports.addImportPiece('nope', 0, 'a.md', 'x')).rejects.toThrow('This import is no longer running');
  });

  it('refuses an interview out of place, or a piece added to one', async () => {
    const id = imports.startImport();
    const ada = parseInterviewMarkdown(markdownOf('Ada'));
    for (const [file, name] of [
      [1, 'a.md'],
      [-1, 'a.md'],
      [0.5, 'a.md'],
      [0, null],
    ] as const)
      await expect(imports.addParsedInterview(id, file, name as string, ada)).rejects.toThrow('Expected an interview to import.');
    await imports.addParsedInterview(id, 0, 'a.md', ada);
    await expect(imports.addParsedInterview(id, 0, 'a.md', ada)).rejects.toThrow('Expected an interview to import.');
    await expect(imports.addImportPiece(id, 0, 'a.md', 'x')).rejects.toThrow('Expected a piece of a file to import.');
    await expect(imports.addParsedInterview('nope', 0, 'a.md', ada)).rejects.toThrow('This import is no longer running');
  });

  it('names the bad file when the import is asked for, and writes nothing', async () => {
    const ada = parseInterviewMarkdown(markdownOf('Ada'));
    const id = imports.startImport();
    await imports.addParsedInterview(id, 0, 'ada.md', ada);
    await imports.addParsedInterview(id, 1, 'odd.md', { ...ada, platform: 'skype' as never });
    await expect(imports.finishImport(id)).rejects.toThrow('odd.md: this is not an interview this extension can import (platform: ');
    const again = imports.startImport();
    await imports.addParsedInterview(again, 0, 'ada.md', ada);
    await imports.addParsedInterview(again, 1, 'long.md', { ...ada, questions: [{ ...ada.questions[0]!, note: 'n'.repeat(100_001) }] });
    await expect(imports.finishImport(again)).rejects.toThrow(
      'long.md: this is not an interview this extension can import (questions.0.note: ',
    );
    // Markdown sent as text is not read here: the page reads it (lib/import/read-import-files.ts).
    const raw = imports.startImport();
    await send(raw, 0, 'notes.md', markdownOf('Ada'), 500);
    await expect(imports.finishImport(raw)).rejects.toThrow('notes.md: a Markdown export is read by the page before it is sent here.');
    expect(await db.sessions.count()).toBe(0);
  });
});
