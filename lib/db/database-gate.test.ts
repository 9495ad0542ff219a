import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from './database';
import { createDatabaseGate, DATABASE_OPEN_HELP } from './database-gate';

let db: InterviewDatabase;
beforeEach(() => {
  db = openInterviewDatabase(`gate-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** The next `count` opens of IndexedDB fail, as an aborted upgrade would (not UnknownError, which Dexie retries itself once). */
function failOpens(count: number) {
  const open = indexedDB.open.bind(indexedDB);
  let left = count;
  return vi.spyOn(indexedDB, 'open').mockImplementation((name, version) => {
    if (left-- > 0) throw new DOMException('The disk is busy', 'AbortError');
    return open(name, version);
  });
}

describe('the database gate', () => {
  it('without it, one failed open breaks every later call (what the gate is for)', async () => {
    failOpens(1);
    await expect(db.kits.count()).rejects.toThrow(/disk is busy/);
    await expect(db.kits.count()).rejects.toThrow(/disk is busy/);
  });

  it('recovers from a failed open with a fresh connection, within the same request', async () => {
    const ready = createDatabaseGate(
      () => db,
      () => {},
    );
    failOpens(1);
    await ready();
    expect(await db.kits.count()).toBe(0);
  });

  it('recovers after Dexie already failed on its own (a request before the gate saw it)', async () => {
    const ready = createDatabaseGate(
      () => db,
      () => {},
    );
    failOpens(1);
    await expect(db.kits.count()).rejects.toThrow();
    await ready();
    await db.kits.add({
      id: 'k',
      title: 'K',
      questions: [{ id: 'q', text: 'Q?' }],
      redFlags: [],
      origin: 'user',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(await db.kits.count()).toBe(1);
  });

  it('says what to do when the retry fails too, logs it once, and opens once the cause is gone', async () => {
    const log = vi.fn();
    const ready = createDatabaseGate(() => db, log);
    failOpens(4);
    await expect(ready()).rejects.toThrow(DATABASE_OPEN_HELP);
    await expect(ready()).rejects.toThrow(/reload this page.*disk is busy/);
    expect(log).toHaveBeenCalledTimes(1);
    await ready();
    expect(await db.kits.count()).toBe(0);
  });

  it('leaves an open database alone', async () => {
    const ready = createDatabaseGate(() => db, vi.fn());
    await ready();
    const opens = vi.spyOn(indexedDB, 'open');
    await ready();
    expect(opens).not.toHaveBeenCalled();
  });

  it('logs a new failure after a recovery again', async () => {
    const log = vi.fn();
    const ready = createDatabaseGate(() => db, log);
    failOpens(2);
    await expect(ready()).rejects.toThrow(DATABASE_OPEN_HELP);
    await ready();
    db.close();
    failOpens(2);
    await expect(ready()).rejects.toThrow(DATABASE_OPEN_HELP);
    expect(log).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenLastCalledWith(DATABASE_OPEN_HELP, expect.objectContaining({ message: expect.stringMatching(/disk is busy/) }));
  });
});
