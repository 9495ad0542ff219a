import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { installBundledKits } from '../kits/bundled-kits';
import { backupPieces, restoreParts } from './backup-stream';
import { dumpDatabase } from './db-dump.test-support';
import { createExportService } from './export-service';
import { realisticNote, sampleNote, sampleSession, T0 } from './export-fixtures.test-support';

let db: InterviewDatabase;
let other: InterviewDatabase;
const exports = (d: InterviewDatabase) => createExportService(d, () => T0);

beforeEach(async () => {
  db = openInterviewDatabase(`stream-${crypto.randomUUID()}`);
  other = openInterviewDatabase(`stream-${crypto.randomUUID()}`);
  await installBundledKits(db, T0);
  for (let i = 0; i < 20; i++) {
    await db.sessions.add(sampleSession({ id: `s${i}`, meetingKey: `meet:${i}` }));
    await db.notes.bulkAdd([1, 2, 3].map((q) => sampleNote(`s${i}`, `q${q}`, { text: realisticNote(q).repeat(5) })));
  }
  await db.settings.put({ key: 'interviewerName', value: 'Grace Hopper' });
});
afterEach(async () => {
  await db.delete();
  await other.delete();
});

const STOPPED = new Error('This backup or restore is no longer running (the extension restarted). Start it again.');

/** What the dashboard does: pieces of the file in, pieces of the parsed file out. */
async function restoreInPieces(target: InterviewDatabase, text: string, mode: 'merge' | 'replace', pieceChars: number) {
  const service = exports(target);
  const { format, version, exportedAt, ...lists } = JSON.parse(text);
  const id = service.startRestore(mode);
  let parts = 0;
  for (const part of restoreParts(lists, pieceChars)) {
    expect(JSON.stringify(part).length).toBeLessThan(pieceChars * 2);
    service.addRestorePart(id, JSON.parse(JSON.stringify(part)));
    parts++;
  }
  return { result: await service.finishRestore(id, { format, version, exportedAt }), parts };
}

describe('backup and restore in pieces', () => {
  it('the pieces make exactly the one-message backup, each piece small', async () => {
    const pieces: string[] = [];
    for await (const piece of backupPieces(db, T0, 10_000)) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) expect(piece.length).toBeLessThan(10_000 + 20_000);
    // No piece is cut smaller than it needs to be: only the last is under the size.
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(10_000);
    expect(pieces.join('')).toBe(await exports(db).createBackup());
  });

  it('ends a piece with the row that brings it to the size', async () => {
    const whole = await exports(db).createBackup();
    const firstKit = JSON.stringify((await db.kits.toArray())[0]);
    const upToFirstKit = whole.indexOf(firstKit) + firstKit.length;
    const pieces: string[] = [];
    for await (const piece of backupPieces(db, T0, upToFirstKit)) pieces.push(piece);
    expect(pieces[0]).toBe(whole.slice(0, upToFirstKit));
  });

  it('a database well under 4 MiB is one piece', async () => {
    const pieces: string[] = [];
    for await (const piece of backupPieces(db, T0)) pieces.push(piece);
    expect(pieces).toHaveLength(1);
  });

  it('the service hands out pieces until null, then forgets the backup', async () => {
    const service = exports(db);
    const id = service.startBackupPieces();
    let text = '';
    for (let piece = await service.nextBackupPiece(id); piece !== null; piece = await service.nextBackupPiece(id)) text += piece;
    expect(JSON.parse(text)).toEqual(JSON.parse(await service.createBackup()));
    await expect(service.nextBackupPiece(id)).rejects.toThrow(STOPPED);
  });

  it('restores, in many parts, into an empty database exactly what was backed up (a file of the earlier one-message backup too)', async () => {
    const file = await exports(db).createBackup();
    const { result, parts } = await restoreInPieces(other, file, 'replace', 10_000);
    expect(parts).toBeGreaterThan(10);
    expect(result).toMatchObject({ interviews: 20, notes: 60, kits: 1, settings: 1 });
    expect(await dumpDatabase(other)).toEqual(await dumpDatabase(db));
  });

  it('checks the whole file before writing: a bad value in a late part leaves the database unchanged', async () => {
    const file = JSON.parse(await exports(db).createBackup());
    file.interviews[19].startedAt = 1e16;
    await installBundledKits(other, T0);
    const before = await dumpDatabase(other);
    await expect(restoreInPieces(other, JSON.stringify(file), 'replace', 10_000)).rejects.toThrow(
      /interviews\[19\]\.startedAt: must be a time JavaScript can hold/,
    );
    expect(await dumpDatabase(other)).toEqual(before);
  });
});

describe('restoreParts', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));
  const size = JSON.stringify({ i: 0 }).length;

  it('cuts a list once a part reaches pieceChars, keeps the lists apart and in the file order, and skips what is no list', () => {
    const parts = [...restoreParts({ settings: rows(1), notes: rows(5), kits: 'x', interviews: rows(2) }, 2 * size)];
    expect(parts).toEqual([
      { interviews: rows(2) },
      { notes: rows(2) },
      { notes: rows(4).slice(2) },
      { notes: [{ i: 4 }] },
      { settings: rows(1) },
    ]);
    expect([...restoreParts({ kits: [] })]).toEqual([]);
  });

  it('counts a row JSON cannot write (undefined) as the 4 characters of null', () => {
    expect([...restoreParts({ kits: [undefined, undefined] }, 8)]).toEqual([{ kits: [undefined, undefined] }]);
    expect([...restoreParts({ kits: [undefined, undefined] }, 9)]).toEqual([{ kits: [undefined, undefined] }]);
    expect([...restoreParts({ kits: [undefined, undefined, undefined] }, 8)]).toEqual([
      { kits: [undefined, undefined] },
      { kits: [undefined] },
    ]);
  });
});

describe('a restore in pieces', () => {
  it('merges when asked to merge: local records stay', async () => {
    const file = await exports(db).createBackup();
    await other.sessions.add(sampleSession({ id: 'mine', meetingKey: 'meet:mine' }));
    const { result } = await restoreInPieces(other, file, 'merge', 10_000);
    expect(result).toMatchObject({ mode: 'merge', interviews: 20 });
    expect(await other.sessions.get('mine')).toBeDefined();
  });

  it('refuses an unknown mode, a part that is not a list, and an id it does not know', async () => {
    const service = exports(other);
    expect(() => service.startRestore('wipe' as never)).toThrow('Unknown restore mode: wipe');
    const id = service.startRestore('replace');
    expect(() => service.addRestorePart(id, { notes: 'x' as never })).toThrow('Expected a list of notes.');
    expect(() => service.addRestorePart('nope', {})).toThrow(STOPPED);
    await expect(service.finishRestore('nope', {})).rejects.toThrow(STOPPED);
    await expect(service.nextBackupPiece('nope')).rejects.toThrow(STOPPED);
  });

  it('finishes once: a head that is no object is no backup, and the restore is then forgotten', async () => {
    const service = exports(other);
    const id = service.startRestore('replace');
    service.addRestorePart(id, { kits: [] });
    await expect(service.finishRestore(id, null as never)).rejects.toThrow(/not an Interview Sidebar backup/);
    await expect(service.finishRestore(id, {})).rejects.toThrow(STOPPED);
    expect(await dumpDatabase(other)).toEqual({ kits: [], sessions: [], notes: [], settings: [] });
  });
});
