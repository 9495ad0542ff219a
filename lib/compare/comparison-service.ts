import type { InterviewDatabase } from '../db/database';
import { noteId } from '../interviews/interview-types';
import { compareInterview, type ComparedInterview } from './compared-interview';

/** More columns than this no longer fit a table anyone reads; the message says so. */
export const MAX_COMPARED = 100;

/** The background's side of Compare: the chosen interviews, each reduced to what the matrix shows. */
export function createComparisonService(db: InterviewDatabase, now: () => number) {
  return {
    interviewsForComparison: async (ids: string[]): Promise<ComparedInterview[]> => {
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new Error('Expected a list of interview ids.');
      if (ids.length > MAX_COMPARED) throw new Error(`Compare at most ${MAX_COMPARED} interviews at a time; ${ids.length} are selected.`);
      const at = now();
      return db.transaction('r', db.sessions, db.notes, async () => {
        const sessions = await db.sessions.bulkGet(ids);
        // Notes by their ids (session/question): keyed reads, faster than anyOf on the index.
        const noteIds = sessions.flatMap((s) => (s ? s.kit.questions.map((q) => noteId(s.id, q.id)) : []));
        const notes = (await db.notes.bulkGet(noteIds)).filter((n) => n !== undefined);
        return sessions.flatMap((session) =>
          session
            ? [
                compareInterview(
                  session,
                  notes.filter((n) => n.sessionId === session.id),
                  at,
                ),
              ]
            : [],
        );
      });
    },
  };
}
