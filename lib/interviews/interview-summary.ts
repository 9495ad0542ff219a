import type { MeetingPlatform } from '../meeting/meeting-url';
import { candidateKey } from './candidate-key';
import type { InterviewSession, QuestionNote, Rating } from './interview-types';
import { missingForWrapUp } from './wrap-up-checklist';

/** What the history lists of an interview: no kit snapshot, no notes, so a long history stays light. */
export interface InterviewSummary {
  id: string;
  candidateName: string;
  /** Interviews with the same key are rounds of one candidate (see candidate-key.ts). */
  candidateKey: string;
  role: string;
  kitId: string;
  kitTitle: string;
  platform: MeetingPlatform;
  startedAt: number;
  updatedAt: number;
  recommendation: Rating | null;
  /** How many things the wrap-up still lists as missing (0: the scorecard is complete). */
  missing: number;
}

export function summarizeInterview(session: InterviewSession, notes: QuestionNote[]): InterviewSummary {
  return {
    id: session.id,
    candidateName: session.candidateName,
    candidateKey: candidateKey(session),
    role: session.kit.role?.trim() || session.kit.title,
    kitId: session.kitId,
    kitTitle: session.kit.title,
    platform: session.platform,
    startedAt: session.startedAt,
    updatedAt: session.updatedAt,
    recommendation: session.recommendation,
    missing: missingForWrapUp(session, notes).length,
  };
}

/** Newest first; the id breaks ties so the order is stable. */
export function newestFirst(a: InterviewSummary, b: InterviewSummary): number {
  return b.startedAt - a.startedAt || a.id.localeCompare(b.id);
}
