import type { InterviewDatabase } from '../db/database';
import type { Kit } from '../kits/kit-types';
import { canChangeKit } from './kit-change';
import { kitSnapshot } from './kit-snapshot';

/**
 * An interview that has not started follows its kit: after an edit, every interview of the kit
 * with no note, rating or red flag yet gets the new snapshot; one with evidence keeps the kit it
 * was run with. Call inside a transaction over kits, sessions and notes. Sessions are not indexed
 * by kit (lib/db/migrations/v1.ts), so this reads them all: a kit edit is rare, interviews few.
 */
export async function refreshUnstartedInterviews(db: InterviewDatabase, kit: Kit, at: number): Promise<void> {
  const sessions = await db.sessions.filter((s) => s.kitId === kit.id).toArray();
  for (const session of sessions) {
    const notes = await db.notes.where('sessionId').equals(session.id).toArray();
    if (!canChangeKit(session, notes)) continue;
    const snapshot = kitSnapshot(kit);
    const kept = new Set(snapshot.questions.map((q) => q.id));
    // Time booked on a question the kit no longer has goes with it, as when the kit is changed.
    await db.notes.bulkDelete(notes.filter((n) => !kept.has(n.questionId)).map((n) => n.id));
    await db.sessions.update(session.id, {
      kit: snapshot,
      currentQuestionIndex: Math.min(session.currentQuestionIndex, snapshot.questions.length - 1),
      updatedAt: at,
    });
  }
}
