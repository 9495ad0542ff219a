import { sessionElapsedMs } from '../interviews/interview-clock';
import type { InterviewSession, QuestionNote, Rating, RedFlagSighting } from '../interviews/interview-types';
import { outlineQuestions } from '../interviews/question-outline';
import type { QuestionStatus } from '../interviews/question-status';
import { interviewRole } from '../export/interview-naming';

export interface ComparedAnswer {
  status: QuestionStatus;
  rating: Rating | null;
  spentMs: number;
  note: string;
}

/** What a comparison needs of one interview: no clock, no meeting; answers by question id. */
export interface ComparedInterview {
  id: string;
  candidateName: string;
  role: string;
  kitTitle: string;
  startedAt: number;
  interviewerName: string;
  recommendation: Rating | null;
  summary: string;
  elapsedMs: number;
  questions: { id: string; text: string }[];
  answers: Record<string, ComparedAnswer>;
  redFlags: Pick<RedFlagSighting, 'text' | 'note' | 'questionId'>[];
}

export function compareInterview(session: InterviewSession, notes: QuestionNote[], now: number): ComparedInterview {
  const outline = outlineQuestions(session, notes, now);
  return {
    id: session.id,
    candidateName: session.candidateName,
    role: interviewRole(session),
    kitTitle: session.kit.title,
    startedAt: session.startedAt,
    interviewerName: session.interviewerName,
    recommendation: session.recommendation,
    summary: session.summary,
    elapsedMs: sessionElapsedMs(session, now),
    questions: session.kit.questions.map((q) => ({ id: q.id, text: q.text })),
    answers: Object.fromEntries(
      outline.map((q) => [
        q.question.id,
        { status: q.status, rating: q.note?.rating ?? null, spentMs: q.spentMs, note: q.note?.text ?? '' },
      ]),
    ),
    redFlags: session.redFlagsSeen.map(({ text, note, questionId }) => ({ text, note, questionId })),
  };
}
