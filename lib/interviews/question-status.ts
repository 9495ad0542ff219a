import type { QuestionNote } from './interview-types';

export type QuestionStatus = 'not-asked' | 'asked' | 'skipped';

/** A hand mark wins; otherwise a question is asked once it has a note or a rating. */
export function questionStatus(note: Pick<QuestionNote, 'mark' | 'text' | 'rating'> | undefined): QuestionStatus {
  if (note?.mark) return note.mark;
  if (note && (note.rating !== null || note.text.trim() !== '')) return 'asked';
  return 'not-asked';
}
