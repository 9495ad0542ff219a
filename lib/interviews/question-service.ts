import type { InterviewDatabase } from '../db/database';
import type { RevisionGuard } from '../drafts/revision-guard';
import { MAX_TEXT_LENGTH } from './limits';
import { groupDigits } from '../text/group-digits';
import { RATINGS, type QuestionMark, type Rating } from './interview-types';
import { changeNote } from './session-access';

export interface SaveNoteInput {
  sessionId: string;
  questionId: string;
  text: string;
  /** The keystroke's revision (see the draft writer); an older write than the last applied is dropped. */
  revision?: number;
}

/** Per-question operations: the note, the rating and the hand mark (asked / skipped). */
export function createQuestionService(
  db: InterviewDatabase,
  now: () => number,
  revisions: RevisionGuard,
  isAttended: (sessionId: string) => boolean,
) {
  const inTransaction = (work: () => Promise<void>) => db.transaction('rw', db.sessions, db.notes, work);

  return {
    saveNote: async ({ sessionId, questionId, text, revision }: SaveNoteInput) => {
      if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) {
        throw new Error(`A note can hold at most ${groupDigits(MAX_TEXT_LENGTH)} characters.`);
      }
      if (!revisions.accept(`${sessionId}/${questionId}/text`, revision)) return { applied: false };
      await inTransaction(() => changeNote(db, sessionId, questionId, now(), isAttended(sessionId), (n) => void (n.text = text)));
      return { applied: true };
    },

    setRating: (sessionId: string, questionId: string, rating: Rating | null) => {
      if (rating !== null && !RATINGS.includes(rating)) return Promise.reject(new Error(`Unknown rating: ${String(rating)}`));
      return inTransaction(() =>
        changeNote(db, sessionId, questionId, now(), isAttended(sessionId), (n) => {
          n.rating = rating;
          // A rated answer was asked, whatever the hand mark said before.
          if (rating !== null && n.mark === 'skipped') n.mark = null;
        }),
      );
    },

    setQuestionMark: (sessionId: string, questionId: string, mark: QuestionMark) => {
      if (mark !== null && mark !== 'asked' && mark !== 'skipped') return Promise.reject(new Error(`Unknown mark: ${String(mark)}`));
      return inTransaction(() => changeNote(db, sessionId, questionId, now(), isAttended(sessionId), (n) => void (n.mark = mark)));
    },
  };
}
