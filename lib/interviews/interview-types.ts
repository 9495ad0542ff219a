import type { z } from 'zod';
import type { clockRecord, interviewRecord, noteRecord, redFlagSightingRecord, settingRecord } from '../records/interview-record';

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
export const QUESTION_MARKS = ['asked', 'skipped'] as const;
export type QuestionMark = (typeof QUESTION_MARKS)[number] | null;

/**
 * Where the interview clock stands. It starts with the interview's first evidence (or Start),
 * `away` is a pause the background makes while no surface of the interview is open (it resumes
 * when one opens), `paused` one the interviewer made, `ended` after "End interview".
 */
export const CLOCK_STATES = ['not-started', 'running', 'paused', 'away', 'ended'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

/**
 * interviewerName: who interviews; lastKitId: the kit new interviews start with;
 * retentionDays: interviews older than this many days are deleted (absent: kept forever).
 */
export const SETTING_KEYS = ['interviewerName', 'lastKitId', 'retentionDays'] as const;

// Types only, so a surface importing them pays nothing for zod; the shapes are declared once, in
// lib/records/interview-record.ts.
export type InterviewClock = z.infer<typeof clockRecord>;
export type RedFlagSighting = z.infer<typeof redFlagSightingRecord>;
export type InterviewSession = z.infer<typeof interviewRecord>;
export type QuestionNote = z.infer<typeof noteRecord>;
export type Setting = z.infer<typeof settingRecord>;

export const DEFAULT_PLANNED_MINUTES = 45;

export const NOT_STARTED_CLOCK: InterviewClock = { state: 'not-started', elapsedMs: 0, runningSince: null, questionSince: null };

export function noteId(sessionId: string, questionId: string): string {
  return `${sessionId}/${questionId}`;
}

export function emptyNote(sessionId: string, questionId: string, at: number): QuestionNote {
  return { id: noteId(sessionId, questionId), sessionId, questionId, text: '', rating: null, mark: null, spentMs: 0, updatedAt: at };
}
