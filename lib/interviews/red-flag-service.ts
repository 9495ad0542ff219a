import type { InterviewDatabase } from '../db/database';
import type { RevisionGuard } from '../drafts/revision-guard';
import type { InterviewSession } from './interview-types';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './limits';
import { elapsedMs, startOnEvidence } from './interview-clock';
import { changeSession } from './session-access';

/** The id of the kit's red flag at `index`; added ones get random ids. */
export const kitRedFlagId = (index: number) => `kit-${index}`;

/** Red flags seen during the interview: the kit's, ticked, and ones the interviewer adds. */
export function createRedFlagService(
  db: InterviewDatabase,
  now: () => number,
  revisions: RevisionGuard,
  isAttended: (sessionId: string) => boolean,
) {
  /**
   * When, in interview time, and on which question (the export says where a flag came up). A red
   * flag seen is evidence: it starts an interview that had not started.
   */
  const seenNow = (session: InterviewSession) => {
    const at = now();
    if (isAttended(session.id)) session.clock = startOnEvidence(session.clock, at);
    const questionId = session.kit.questions[session.currentQuestionIndex]?.id;
    return { seenAt: at, seenAtElapsedMs: elapsedMs(session.clock, at), ...(questionId ? { questionId } : {}) };
  };
  const change = (sessionId: string, fn: Parameters<typeof changeSession>[3]) =>
    db.transaction('rw', db.sessions, () => changeSession(db, sessionId, now(), fn));

  return {
    /** Ticks or unticks one of the kit's red flags; a tick records when it was seen. */
    setKitRedFlagSeen: (sessionId: string, index: number, seen: boolean) =>
      change(sessionId, (s) => {
        const text = s.kit.redFlags[index];
        if (text === undefined) throw new Error(`The kit has no red flag number ${index + 1}.`);
        const id = kitRedFlagId(index);
        s.redFlagsSeen = s.redFlagsSeen.filter((f) => f.id !== id);
        if (seen) s.redFlagsSeen.push({ id, text, ...seenNow(s), note: '', custom: false });
      }),

    addRedFlag: (sessionId: string, text: string) => {
      const trimmed = typeof text === 'string' ? text.trim() : '';
      if (!trimmed || trimmed.length > MAX_NAME_LENGTH) {
        return Promise.reject(new Error(`A red flag needs 1 to ${MAX_NAME_LENGTH} characters.`));
      }
      return change(sessionId, (s) => {
        s.redFlagsSeen.push({ id: crypto.randomUUID(), text: trimmed, ...seenNow(s), note: '', custom: true });
      });
    },

    removeRedFlag: (sessionId: string, flagId: string) =>
      change(sessionId, (s) => {
        s.redFlagsSeen = s.redFlagsSeen.filter((f) => f.id !== flagId);
      }),

    setRedFlagNote: async (sessionId: string, flagId: string, note: string, revision?: number) => {
      if (typeof note !== 'string' || note.length > MAX_TEXT_LENGTH) throw new Error('That note is too long.');
      if (!revisions.accept(`${sessionId}/flag/${flagId}`, revision)) return { applied: false };
      await change(sessionId, (s) => {
        const flag = s.redFlagsSeen.find((f) => f.id === flagId);
        if (!flag) throw new Error('That red flag is not ticked.');
        flag.note = note;
      });
      return { applied: true };
    },
  };
}
