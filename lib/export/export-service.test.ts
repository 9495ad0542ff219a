import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { installBundledKits } from '../kits/bundled-kits';
import { dumpDatabase } from './db-dump.test-support';
import { createExportService } from './export-service';
import { markdownExport } from './interview-export';
import { sampleNote, sampleSession, T0 } from './export-fixtures.test-support';
import { MAX_BACKUP_CHARS } from './parse-backup';

let db: InterviewDatabase;
let other: InterviewDatabase;
const service = (d: InterviewDatabase) => createExportService(d, () => T0 + 3_600_000);
const exportOne = async (d: InterviewDatabase, id: string) =>
  markdownExport(await service(d).interviewRecord(id), T0 + 3_600_000, { locale: 'en-GB', timeZone: 'UTC' });

async function fill(d: InterviewDatabase) {
  await installBundledKits(d, T0);
  await d.sessions.bulkAdd([
    sampleSession(),
    sampleSession({
      id: 's2',
      meetingKey: 'zoom:123456',
      platform: 'zoom',
      meetingCode: '123456',
      meetingUrl: 'https://app.zoom.us/wc/123456/join',
      candidateName: '',
    }),
  ]);
  await d.notes.bulkAdd([sampleNote('s1', 'q1', { text: 'Knew it', rating: 'yes' }), sampleNote('s2', 'q2', { text: 'Hm' })]);
  await d.settings.put({ key: 'interviewerName', value: 'Grace Hopper' });
}

beforeEach(() => {
  db = openInterviewDatabase(`export-${crypto.randomUUID()}`);
  other = openInterviewDatabase(`export-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
  await other.delete();
});

describe('interview records, written as Markdown by the page', () => {
  it('returns the document and a safe file name', async () => {
    await fill(db);
    const result = await exportOne(db, 's1');
    expect(result.fileName).toBe('2025-01-31 Ada Lovelace - Backend Engineer.md');
    expect(result.markdown).toContain('## Question 1: Question text 1?');
    expect((await exportOne(db, 's2')).fileName).toBe('2025-01-31 Unnamed candidate - Backend Engineer.md');
  });

  it('exports several in the order asked, and says when one is gone', async () => {
    await fill(db);
    const both = await service(db).interviewRecords(['s2', 's1']);
    expect(both.map((r) => [r.session.id, r.notes.map((n) => n.id)])).toEqual([
      ['s2', ['s2/q2']],
      ['s1', ['s1/q1']],
    ]);
    await expect(service(db).interviewRecord('nope')).rejects.toThrow('This interview no longer exists.');
    await expect(service(db).interviewRecords(['s1', 'nope'])).rejects.toThrow('This interview no longer exists.');
  });
});

describe('backup and restore', () => {
  it('restores into an empty database exactly what was exported', async () => {
    await fill(db);
    const json = await service(db).createBackup();
    const result = await service(other).restoreBackup(json, 'merge');
    expect(result).toEqual({ mode: 'merge', kits: 1, interviews: 2, notes: 2, settings: 1, keptLocal: 0, conflictCopies: 0 });
    expect(await dumpDatabase(other)).toEqual(await dumpDatabase(db));
    expect(JSON.parse(await service(other).createBackup())).toEqual(JSON.parse(json));
  });

  it('carries a format marker and version', async () => {
    const backup = JSON.parse(await service(db).createBackup());
    expect(backup).toMatchObject({ format: 'interview-sidebar-backup', version: 1, exportedAt: '2025-01-31T15:05:00.000Z' });
  });

  it('merges: the newer record wins, nothing is duplicated, a tie keeps the local one', async () => {
    await fill(db);
    const json = await service(db).createBackup();
    await fill(other);
    await other.sessions.update('s1', { candidateName: 'Local newer', updatedAt: T0 + 9_000 });
    await other.sessions.update('s2', { candidateName: 'Local older', updatedAt: T0 });
    await other.notes.delete('s2/q2');
    await other.settings.put({ key: 'interviewerName', value: 'Local name' });
    const result = await service(other).restoreBackup(json, 'merge');
    expect(result).toMatchObject({ interviews: 1, notes: 1, kits: 0, settings: 0, keptLocal: 4 });
    const after = await dumpDatabase(other);
    expect(after.sessions.map((s) => [s.id, s.candidateName])).toEqual([
      ['s1', 'Local newer'],
      ['s2', ''],
    ]);
    expect(after.notes).toHaveLength(2);
    expect(after.settings).toEqual([{ key: 'interviewerName', value: 'Local name' }]);
    // Restoring the same file again changes nothing.
    expect(await service(other).restoreBackup(json, 'merge')).toMatchObject({ interviews: 0, notes: 0, kits: 0 });
  });

  it('merges an interview of a meeting that already has another one here, without the meeting link', async () => {
    await fill(db);
    const json = await service(db).createBackup();
    await other.sessions.add(sampleSession({ id: 'local', candidateName: 'Local' }));
    await service(other).restoreBackup(json, 'merge');
    expect((await other.sessions.get('local'))?.meetingKey).toBe('meet:abc-defg-hij');
    expect((await other.sessions.get('s1'))?.meetingKey).toBe('meet:abc-defg-hij#restored-s1');
  });

  it('replaces: the database becomes exactly the file', async () => {
    await fill(db);
    const json = await service(db).createBackup();
    await other.sessions.add(sampleSession({ id: 'gone', meetingKey: 'meet:zzz-zzzz-zzz' }));
    const result = await service(other).restoreBackup(json, 'replace');
    expect(result).toEqual({ mode: 'replace', kits: 1, interviews: 2, notes: 2, settings: 1, keptLocal: 0, conflictCopies: 0 });
    expect(await dumpDatabase(other)).toEqual(await dumpDatabase(db));
  });

  describe('refuses, leaving the database unchanged,', () => {
    const edit = async (change: (backup: Record<string, unknown> & { interviews: Record<string, unknown>[] }) => unknown) => {
      const backup = JSON.parse(await service(db).createBackup());
      change(backup);
      return JSON.stringify(backup);
    };

    it.each([
      [
        'a newer format version',
        (b: Record<string, unknown>) => void (b.version = 3),
        /format version 3, newer than this extension reads \(up to version 1\)/,
      ],
      [
        'a wrong type, by its path',
        (b: { interviews: Record<string, unknown>[] }) => void ((b.interviews[1]!.clock as Record<string, unknown>).elapsedMs = '5'),
        /interviews\[1\]\.clock\.elapsedMs: Invalid input: expected number, received string/,
      ],
      [
        'an unknown field',
        (b: { interviews: Record<string, unknown>[] }) => void (b.interviews[0]!.extra = 1),
        /interviews\[0\]: Unrecognized key: "extra"/,
      ],
      [
        'a note of no interview',
        (b: Record<string, unknown>) => void ((b.notes as Record<string, unknown>[])[0]!.sessionId = 'x'),
        /notes\[0\]\.sessionId: no interview with id "x"/,
      ],
      [
        'a duplicated interview',
        (b: { interviews: Record<string, unknown>[] }) => void b.interviews.push({ ...b.interviews[0] }),
        /interviews\[2\]\.id: a second interview with id "s1"/,
      ],
      ['a file that is not a backup', (b: Record<string, unknown>) => void (b.format = 'other'), /not an Interview Sidebar backup/],
    ])('%s', async (_, change, message) => {
      await fill(db);
      const json = await edit(change as never);
      await fill(other);
      await other.sessions.update('s1', { candidateName: 'Local' });
      const before = await dumpDatabase(other);
      await expect(service(other).restoreBackup(json, 'replace')).rejects.toThrow(message);
      await expect(service(other).restoreBackup(json, 'merge')).rejects.toThrow(message);
      expect(await dumpDatabase(other)).toEqual(before);
    });

    it('text that is not JSON, or too large', async () => {
      await fill(other);
      const before = await dumpDatabase(other);
      await expect(service(other).restoreBackup('{"format":', 'replace')).rejects.toThrow(/not valid JSON/);
      await expect(service(other).restoreBackup(' '.repeat(MAX_BACKUP_CHARS + 1), 'replace')).rejects.toThrow(/at most 32\.0 MB/);
      await expect(service(other).restoreBackup('{}', 'wipe' as never)).rejects.toThrow(/Unknown restore mode/);
      expect(await dumpDatabase(other)).toEqual(before);
    });

    it('a write that fails half way, all or nothing', async () => {
      await fill(db);
      const json = await service(db).createBackup();
      await fill(other);
      const before = await dumpDatabase(other);
      const failing = other.notes.bulkAdd.bind(other.notes);
      other.notes.bulkAdd = (() => Promise.reject(new Error('disk full'))) as never;
      await expect(service(other).restoreBackup(json, 'replace')).rejects.toThrow('disk full');
      other.notes.bulkAdd = failing;
      expect(await dumpDatabase(other)).toEqual(before);
    });
  });
});

describe('oldestChangeSince (the backup reminder)', () => {
  it('is the oldest change to an interview after the last backup, or null when every change is in it', async () => {
    await db.sessions.bulkAdd([
      sampleSession({ id: 'a', meetingKey: 'meet:a', updatedAt: T0 + 30 }),
      sampleSession({ id: 'b', meetingKey: 'meet:b', updatedAt: T0 + 10 }),
      sampleSession({ id: 'c', meetingKey: 'meet:c', updatedAt: T0 + 20 }),
    ]);
    expect(await service(db).oldestChangeSince(null)).toBe(T0 + 10);
    expect(await service(db).oldestChangeSince(T0 + 10)).toBe(T0 + 20);
    expect(await service(db).oldestChangeSince(T0 + 30)).toBeNull();
  });

  it('is null for an empty database, whether or not a backup was made', async () => {
    expect(await service(db).oldestChangeSince(null)).toBeNull();
    expect(await service(db).oldestChangeSince(T0)).toBeNull();
  });
});

describe('markdownExport gives every form of the document', () => {
  it('the file with front matter, the paste text without it, and plain text without markup', async () => {
    await fill(db);
    const result = await exportOne(db, 's1');
    expect(result.markdown).toMatch(/^---\ncandidate: "Ada Lovelace"\n/);
    expect(result.pasteMarkdown).toBe(result.markdown.slice(result.markdown.indexOf('# Ada Lovelace')));
    expect(result.plainText).toMatch(/^Ada Lovelace — Backend Engineer\n\nRecommendation: Yes\n/);
    expect(result.plainText).not.toMatch(/[*#_|]/);
  });

  it('refuses a list of ids that is not a list', async () => {
    await expect(service(db).interviewRecords('s1' as never)).rejects.toThrow('Expected a list of interview ids.');
  });
});
