import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInterviewDatabase, type InterviewDatabase } from '../db/database';
import { sampleNote, sampleSession } from '../export/export-fixtures.test-support';
import { createInterviewRemovalService, type DeletedInterview } from './interview-removal-service';

let db: InterviewDatabase;
let removal: ReturnType<typeof createInterviewRemovalService>;
beforeEach(async () => {
  db = openInterviewDatabase(`removal-${crypto.randomUUID()}`);
  removal = createInterviewRemovalService(db);
  await db.sessions.bulkAdd([
    sampleSession({ id: 'ada', meetingKey: 'meet:aaa-aaaa-aaa' }),
    sampleSession({ id: 'jose', meetingKey: 'meet:bbb-bbbb-bbb', candidateName: 'José' }),
  ]);
  await db.notes.bulkAdd([
    sampleNote('ada', 'q1', { text: 'ada one' }),
    sampleNote('ada', 'q2', { text: 'ada two' }),
    sampleNote('jose', 'q1', { text: 'jose one' }),
  ]);
});
afterEach(() => db.delete());

const sessionIds = () => db.sessions.toCollection().primaryKeys();
const noteIds = () => db.notes.toCollection().primaryKeys();

describe('deleting interviews', () => {
  it('takes each interview out whole, with its own notes only, and hands it back for Undo', async () => {
    const deleted = await removal.deleteInterviews(['ada']);
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.session.id).toBe('ada');
    expect(deleted[0]!.notes.map((n) => n.text).sort()).toEqual(['ada one', 'ada two']);
    expect(await sessionIds()).toEqual(['jose']);
    expect(await noteIds()).toEqual(['jose/q1']);
  });

  it('takes an id given twice as one interview, so that Undo can put it back', async () => {
    const deleted = await removal.deleteInterviews(['ada', 'ada']);
    expect(deleted.map((d) => [d.session.id, d.notes.length])).toEqual([['ada', 2]]);
    expect(await sessionIds()).toEqual(['jose']);
    expect(await removal.restoreInterviews(JSON.parse(JSON.stringify(deleted)))).toBe(1);
    expect(await noteIds()).toHaveLength(3);
  });

  it('refuses anything but a list of ids, deleting nothing', async () => {
    for (const bad of ['ada', ['ada', 7], null] as unknown[]) {
      await expect(removal.deleteInterviews(bad as string[])).rejects.toThrow('Expected a list of interview ids.');
    }
    expect(await sessionIds()).toEqual(['ada', 'jose']);
  });

  it('refuses the whole request when one interview is gone, deleting none of the others', async () => {
    await expect(removal.deleteInterviews(['ada', 'gone'])).rejects.toThrow('An interview to delete no longer exists.');
    expect(await sessionIds()).toEqual(['ada', 'jose']);
    expect(await noteIds()).toHaveLength(3);
  });
});

describe('Undo', () => {
  // What the dashboard holds between Delete and Undo went through a message: plain JSON.
  const throughMessage = (deleted: DeletedInterview[]) => JSON.parse(JSON.stringify(deleted)) as unknown;

  it('puts the interviews back as they were, notes included, and says how many', async () => {
    const before = { sessions: await db.sessions.toArray(), notes: await db.notes.toArray() };
    const deleted = await removal.deleteInterviews(['ada', 'jose']);
    expect(await removal.restoreInterviews(throughMessage(deleted))).toBe(2);
    expect(await db.sessions.orderBy('id').toArray()).toEqual(before.sessions);
    expect(await db.notes.orderBy('id').toArray()).toEqual(before.notes);
  });

  it('refuses a second Undo of the same interviews, changing nothing', async () => {
    const deleted = throughMessage(await removal.deleteInterviews(['ada']));
    await removal.restoreInterviews(deleted);
    await expect(removal.restoreInterviews(deleted)).rejects.toThrow('This interview is already back.');
    expect(await db.sessions.count()).toBe(2);
    expect(await db.notes.count()).toBe(3);
  });

  it('keeps a new interview of the same meeting as the one its call opens; the restored one gets a key of its own', async () => {
    const deleted = throughMessage(await removal.deleteInterviews(['ada']));
    await db.sessions.add(sampleSession({ id: 'again', meetingKey: 'meet:aaa-aaaa-aaa' }));
    await removal.restoreInterviews(deleted);
    expect((await db.sessions.get('again'))?.meetingKey).toBe('meet:aaa-aaaa-aaa');
    expect((await db.sessions.get('ada'))?.meetingKey).toBe('meet:aaa-aaaa-aaa#restored-ada');
  });

  it('names what is wrong with a tampered list, and restores none of it', async () => {
    const deleted = await removal.deleteInterviews(['ada']);
    const broken = [{ ...deleted[0]!, session: { ...deleted[0]!.session, candidateName: 7 } }];
    await expect(removal.restoreInterviews(broken)).rejects.toThrow(
      'These interviews cannot be restored: 0.session.candidateName: Invalid input: expected string, received number',
    );
    await expect(removal.restoreInterviews({ session: deleted[0]!.session, notes: [] })).rejects.toThrow(
      /^These interviews cannot be restored: .*expected array/,
    );
    expect(await sessionIds()).toEqual(['jose']);
  });

  it('refuses a note that belongs to another interview, restoring nothing of the list', async () => {
    const deleted = await removal.deleteInterviews(['ada', 'jose']);
    const [ada, jose] = deleted as [DeletedInterview, DeletedInterview];
    const crossed = [ada, { ...jose, notes: [...jose.notes, { ...ada.notes[0]!, id: 'jose/q9' }] }];
    await expect(removal.restoreInterviews(throughMessage(crossed))).rejects.toThrow('A note does not belong to its interview.');
    expect(await db.sessions.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });
});
