import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleNote, sampleSession } from '../export/export-fixtures.test-support';
import { watchInterviewChanges, type InterviewChange } from './change-feed';
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
});
