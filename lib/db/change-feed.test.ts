import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleNote, sampleSession } from '../export/export-fixtures.test-support';
import { Dexie } from 'dexie';
import { watchInterviewChanges, watchTableWrites, type InterviewChange } from './change-feed';
import { openInterviewDatabase, type InterviewDatabase } from './database';

let db: InterviewDatabase;
let seen: string[];
beforeEach(() => {
  db = openInterviewDatabase(`feed-${crypto.randomUUID()}`);
  seen = [];
  watchInterviewChanges(db, (c: InterviewChange) => seen.push('all' in c ? '*' : [...c.ids].sort().join(',')));
});
afterEach(() => db.delete());

describe('the interview change feed', () => {
  it('names the interview of every session and note write, whatever the call', async () => {
    await db.sessions.bulkAdd([sampleSession({ id: 'a', meetingKey: 'meet:a' }), sampleSession({ id: 'b', meetingKey: 'meet:b' })]);
    await db.sessions.update('a', { summary: 'x' });
    await db.notes.put(sampleNote('b', 'q1'));
    await db.notes.update('b/q1', { text: 'y' });
    await db.notes.where('sessionId').equals('b').modify({ text: 'z' });
    await db.notes.delete('b/q1');
    await db.sessions.delete('a');
    expect(seen).toEqual(['a,b', 'a', 'b', 'b', 'b', 'b', 'a']);
  });

  it('says "every interview" when a table is cleared', async () => {
    await db.notes.clear();
    expect(seen).toEqual(['*']);
  });

  it('names every interview a bulk write touched, and only those', async () => {
    await db.notes.bulkPut([sampleNote('a', 'q1'), sampleNote('b', 'q1'), sampleNote('a', 'q2')]);
    await db.notes.bulkDelete(['a/q1', 'b/q1']);
    await db.sessions.bulkPut([sampleSession({ id: 'c', meetingKey: 'meet:c' })]);
    expect(seen).toEqual(['a,b', 'a,b', 'c']);
  });

  it('says "every interview" for a change it cannot narrow to ids', async () => {
    await db.sessions.add(sampleSession({ id: 'a', meetingKey: 'meet:a' }));
    seen.length = 0;
    await db.sessions.where('meetingKey').equals('meet:a').modify({ summary: 'x' });
    expect(seen).toEqual(['*']);
  });

  it('hears nothing of the kits and settings, nor after the watcher stops', async () => {
    const after: string[] = [];
    const stop = watchInterviewChanges(db, () => after.push('heard'));
    await db.settings.put({ key: 'interviewerName', value: 'Ada' });
    expect(after).toEqual([]);
    stop();
    await db.notes.put(sampleNote('a', 'q1'));
    expect(after).toEqual([]);
    expect(seen).toEqual(['a']);
  });

  it('refuses a database opened without it, saying so', () => {
    const bare = new Dexie('bare');
    expect(() => watchInterviewChanges(bare, () => undefined)).toThrow('This database was opened without the change feed.');
    expect(() => watchTableWrites(bare, () => undefined)).toThrow('This database was opened without the change feed.');
  });
});

describe('the table writes', () => {
  it('names the table of every write, kits and settings too, until the watcher stops', async () => {
    const tables: string[] = [];
    const stop = watchTableWrites(db, (table) => tables.push(table));
    await db.settings.put({ key: 'interviewerName', value: 'Ada' });
    await db.kits.clear();
    await db.sessions.add(sampleSession({ id: 'a', meetingKey: 'meet:a' }));
    await db.notes.put(sampleNote('a', 'q1'));
    stop();
    await db.settings.delete('interviewerName');
    expect(tables).toEqual(['settings', 'kits', 'sessions', 'notes']);
    expect(seen).toEqual(['a', 'a']);
  });
});
