import { questionSpentMs } from './interview-clock';
import type { InterviewSession, QuestionNote } from './interview-types';
import type { KitQuestion } from '../kits/kit-types';
import { questionStatus, type QuestionStatus } from './question-status';

export interface OutlinedQuestion {
  question: KitQuestion;
  /** Position in the interview's kit, from 0. */
  index: number;
  note: QuestionNote | undefined;
  status: QuestionStatus;
  spentMs: number;
}

/** Every question of an interview's kit with its note, status and time spent (the running stretch included). */
export function outlineQuestions(session: InterviewSession, notes: QuestionNote[], now: number): OutlinedQuestion[] {
  const byQuestion = new Map(notes.map((n) => [n.questionId, n]));
  return session.kit.questions.map((question, index) => {
    const note = byQuestion.get(question.id);
    const isCurrent = index === session.currentQuestionIndex;
    return { question, index, note, status: questionStatus(note), spentMs: questionSpentMs(session.clock, note, isCurrent, now) };
  });
}

/** A question gets its own section when it was asked, or when it holds a note anyway. */
export function hasSection(q: OutlinedQuestion): boolean {
  return q.status === 'asked' || Boolean(q.note?.text.trim());
}
