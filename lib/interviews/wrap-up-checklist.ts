import type { InterviewSession, QuestionNote } from './interview-types';
import { questionStatus } from './question-status';

/** What is still missing before the scorecard is complete, in the order to fix it. */
export function missingForWrapUp(session: InterviewSession, notes: QuestionNote[]): string[] {
  const byQuestion = new Map(notes.map((n) => [n.questionId, n]));
  const missing: string[] = [];
  if (!session.candidateName.trim()) missing.push('Candidate name');
  session.kit.questions.forEach((question, index) => {
    const note = byQuestion.get(question.id);
    if (questionStatus(note) === 'asked' && !note?.rating) {
      missing.push(`Rating for question ${index + 1} (asked, not rated)`);
    }
  });
  if (session.recommendation === null) missing.push('Recommendation');
  if (!session.summary.trim()) missing.push('Summary');
  return missing;
}
