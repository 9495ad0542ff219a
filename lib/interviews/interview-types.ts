import type { KitContent } from '../kits/kit-types';
import type { MeetingPlatform } from '../meeting/meeting-url';

/** A four-point scale with no neutral middle: the interviewer has to lean one way. */
export const RATINGS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  'strong-no': 'Strong no',
  no: 'No',
  yes: 'Yes',
  'strong-yes': 'Strong yes',
};

/** Set by hand; otherwise a question counts as asked once it has a note or a rating. */
export type QuestionMark = 'asked' | 'skipped' | null;

/**
 * Where the interview clock stands. It starts with the interview's first evidence (or Start),
 * `away` is a pause the background makes while no surface of the interview is open (it resumes
 * when one opens), `paused` one the interviewer made, `ended` after "End interview".
 */
export const CLOCK_STATES = ['not-started', 'running', 'paused', 'away', 'ended'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

/**
 * The interview clock, kept as timestamps so a hidden or throttled tab still shows true times:
 * elapsed = elapsedMs + (now - runningSince) while running. runningSince is set exactly when
 * state is 'running'.
 */
export interface InterviewClock {
  state: ClockState;
  elapsedMs: number;
  runningSince: number | null;
  /** Since when the current question has been counting; null while the clock is stopped. */
  questionSince: number | null;
}

/** A red flag the interviewer saw: one of the kit's (by index) or one they added. */
export interface RedFlagSighting {
  id: string;
  text: string;
  seenAt: number;
  /** Interview time when it was seen (the clock, pauses excluded), as the notes' time stamps count. */
  seenAtElapsedMs: number;
  note: string;
  custom: boolean;
  /** The question on screen when it was seen; absent on flags recorded before this was kept. */
  questionId?: string;
}

/** One interview: one per meeting. It keeps its own snapshot of the kit it was run with. */
export interface InterviewSession {
  id: string;
  /** `${platform}:${code}`; unique, so reopening a meeting resumes its interview. */
  meetingKey: string;
  platform: MeetingPlatform;
  meetingCode: string;
  meetingUrl: string;
  kitId: string;
  kit: KitContent;
  currentQuestionIndex: number;
  candidateName: string;
  interviewerName: string;
  /** UTC epoch milliseconds, like every time stored here. */
  startedAt: number;
  plannedMinutes: number;
  clock: InterviewClock;
  redFlagsSeen: RedFlagSighting[];
  recommendation: Rating | null;
  summary: string;
  /**
   * Set when the interviewer merged or split candidates by hand: interviews with the same group
   * are one candidate whatever their names (see candidate-key.ts). Not indexed, so no new schema.
   */
  candidateGroup?: string;
  /** Set on an interview imported from a colleague's export: where it came from. */
  importedFrom?: string;
  createdAt: number;
  updatedAt: number;
}

/** The interviewer's record of one question of one interview: note, rating, mark and time spent. */
export interface QuestionNote {
  /** `${sessionId}/${questionId}`: one row per question, written in place. */
  id: string;
  sessionId: string;
  questionId: string;
  text: string;
  rating: Rating | null;
  mark: QuestionMark;
  /** Time spent while this was the current question, before the current stretch (see clock). */
  spentMs: number;
  updatedAt: number;
}

/** Small preferences remembered across interviews, such as the interviewer's name. */
export interface Setting {
  /**
   * interviewerName: who interviews; lastKitId: the kit new interviews start with;
   * retentionDays: interviews older than this many days are deleted (absent: kept forever).
   */
  key: 'interviewerName' | 'lastKitId' | 'retentionDays';
  value: string;
}

export const DEFAULT_PLANNED_MINUTES = 45;

export const NOT_STARTED_CLOCK: InterviewClock = { state: 'not-started', elapsedMs: 0, runningSince: null, questionSince: null };

export function noteId(sessionId: string, questionId: string): string {
  return `${sessionId}/${questionId}`;
}

export function emptyNote(sessionId: string, questionId: string, at: number): QuestionNote {
  return { id: noteId(sessionId, questionId), sessionId, questionId, text: '', rating: null, mark: null, spentMs: 0, updatedAt: at };
}
