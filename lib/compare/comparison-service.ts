import type { InterviewDatabase } from '../db/database';
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
        const notes = await db.notes.where('sessionId').anyOf(ids).toArray();
        return sessions.flatMap((session) => (session ? [compareInterview(session, notes.filter((n) => n.sessionId === session.id), at)] : []));
      });
    },
  };
}
