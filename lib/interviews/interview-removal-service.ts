import { z } from 'zod';
import type { InterviewDatabase } from '../db/database';
import { interviewSchema, noteSchema } from '../export/backup-schema';
import type { InterviewSession, QuestionNote } from './interview-types';

/** An interview taken out of the database, whole, so Undo can put it back. */
export interface DeletedInterview {
  session: InterviewSession;
  notes: QuestionNote[];
}

const deletedSchema = z.array(z.strictObject({ session: interviewSchema, notes: z.array(noteSchema) }));

/** Deleting past interviews, bringing them back, and the retention period that deletes old ones. */
export function createInterviewRemovalService(db: InterviewDatabase) {
  async function deleteInterviews(ids: string[]): Promise<DeletedInterview[]> {
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new Error('Expected a list of interview ids.');
    return db.transaction('rw', db.sessions, db.notes, async () => {
      // One entry per interview, even when an id comes twice: Undo puts each back once.
      const unique = [...new Set(ids)];
      const sessions = (await db.sessions.bulkGet(unique)).filter((s): s is InterviewSession => s !== undefined);
      if (sessions.length < unique.length) throw new Error('An interview to delete no longer exists.');
      const deleted: DeletedInterview[] = [];
      for (const session of sessions) {
        const notes = await db.notes.where('sessionId').equals(session.id).toArray();
        deleted.push({ session, notes });
        await db.notes.bulkDelete(notes.map((n) => n.id));
      }
      await db.sessions.bulkDelete(sessions.map((s) => s.id));
      return deleted;
    });
  }

  /** Undo: puts deleted interviews back as they were, unless one is already back or its meeting has a new interview. */
  async function restoreInterviews(deleted: unknown): Promise<number> {
    const parsed = deletedSchema.safeParse(deleted);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`These interviews cannot be restored: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    await db.transaction('rw', db.sessions, db.notes, async () => {
      for (const { session, notes } of parsed.data) {
        if (await db.sessions.get(session.id)) throw new Error('This interview is already back.');
        if (await db.sessions.where('meetingKey').equals(session.meetingKey).first()) {
          session.meetingKey = `${session.meetingKey}#restored-${session.id}`;
        }
        if (notes.some((n) => n.sessionId !== session.id)) throw new Error('A note does not belong to its interview.');
        await db.sessions.add(session);
        await db.notes.bulkAdd(notes);
      }
    });
    return parsed.data.length;
  }

  return { deleteInterviews, restoreInterviews };
}
