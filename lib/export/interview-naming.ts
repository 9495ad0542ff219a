import { RATING_LABELS, type InterviewSession, type QuestionNote } from '../interviews/interview-types';
import { oneLine } from './mdast-builders';

/** What an interview with no candidate name is called, in exports and lists alike. */
export const UNNAMED_CANDIDATE = 'Unnamed candidate';

/** The role an interview was for: the kit's role, else its title. */
export function interviewRole(session: Pick<InterviewSession, 'kit'>): string {
  return oneLine(session.kit.role ?? '') || oneLine(session.kit.title);
}

export const ratingLabel = (note: Pick<QuestionNote, 'rating'> | undefined) => (note?.rating ? RATING_LABELS[note.rating] : 'Not rated');
