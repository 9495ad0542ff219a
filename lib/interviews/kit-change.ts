import type { InterviewSession, QuestionNote } from './interview-types';

/** The kit can change until the interview holds evidence: a note, a rating or a red flag seen. */
export function canChangeKit(session: Pick<InterviewSession, 'redFlagsSeen'>, notes: QuestionNote[]): boolean {
  return session.redFlagsSeen.length === 0 && notes.every((n) => n.rating === null && n.text.trim() === '');
}
