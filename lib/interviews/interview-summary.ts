import type { InterviewSession, Rating } from './interview-types';

/** What the history lists of an interview: no kit snapshot, no notes, so a long history stays light. */
export interface InterviewSummary {
  id: string;
  candidateName: string;
  role: string;
  kitTitle: string;
  startedAt: number;
  recommendation: Rating | null;
}

export function summarizeInterview(session: InterviewSession): InterviewSummary {
  return {
    id: session.id,
    candidateName: session.candidateName,
    role: session.kit.role?.trim() || session.kit.title,
    kitTitle: session.kit.title,
    startedAt: session.startedAt,
    recommendation: session.recommendation,
  };
}

/** Newest first; the id breaks ties so the order is stable. */
export function newestFirst(a: InterviewSummary, b: InterviewSummary): number {
  return b.startedAt - a.startedAt || a.id.localeCompare(b.id);
}
