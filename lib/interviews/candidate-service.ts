import type { InterviewDatabase } from '../db/database';
import { candidateKey } from './candidate-key';

/** Merging and splitting candidates by hand, when names alone group them wrongly. */
export function createCandidateService(db: InterviewDatabase, now: () => number) {
  return {
    /** The chosen interviews, and every other round of their candidates, become one candidate. */
    mergeCandidates: async (ids: string[]): Promise<void> => {
      if (!Array.isArray(ids) || ids.length < 2 || ids.some((id) => typeof id !== 'string'))
        throw new Error('Choose two or more interviews to merge.');
      await db.transaction('rw', db.sessions, async () => {
        const chosen = await db.sessions.bulkGet(ids);
        if (chosen.some((s) => !s)) throw new Error('An interview to merge no longer exists.');
        const keys = new Set(chosen.map((s) => candidateKey(s!)));
        const group = crypto.randomUUID();
        const at = now();
        await db.sessions.toCollection().modify((session) => {
          if (!keys.has(candidateKey(session))) return false;
          session.candidateGroup = group;
          session.updatedAt = at;
        });
      });
    },

    /** One round is not this candidate: it becomes a candidate of its own. */
    splitCandidate: async (id: string): Promise<void> => {
      await db.transaction('rw', db.sessions, async () => {
        if (!(await db.sessions.get(id))) throw new Error('This interview no longer exists.');
        await db.sessions.update(id, { candidateGroup: `own:${id}`, updatedAt: now() });
      });
    },
  };
}
