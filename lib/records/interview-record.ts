import { z } from 'zod';
import { CLOCK_STATES, QUESTION_MARKS, RATINGS, SETTING_KEYS } from '../interviews/interview-types';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, PLANNED_MINUTES } from '../interviews/limits';
import { PLATFORM_IDS } from '../platforms';
import { kitContentRecord } from './kit-record';

/**
 * An interview, its notes and the settings as they are stored, backed up and restored: the one
 * declaration of their shapes. The types in lib/interviews/interview-types.ts are inferred from here.
 */
const text = z.string().max(MAX_TEXT_LENGTH);
const time = z.number();
const rating = z.enum(RATINGS).nullable();

/**
 * The interview clock, kept as timestamps so a hidden or throttled tab still shows true times:
 * elapsed = elapsedMs + (now - runningSince) while running. runningSince is set exactly when
 * state is 'running'.
 */
export const clockRecord = z.strictObject({
  state: z.enum(CLOCK_STATES),
  elapsedMs: time,
  runningSince: time.nullable(),
  /** Since when the current question has been counting; null while the clock is stopped. */
  questionSince: time.nullable(),
});

/** A red flag the interviewer saw: one of the kit's (by index) or one they added. */
export const redFlagSightingRecord = z.strictObject({
  id: z.string(),
  text,
  seenAt: time,
  /** Interview time when it was seen (the clock, pauses excluded), as the notes' time stamps count. */
  seenAtElapsedMs: z.number().nonnegative(),
  note: text,
  custom: z.boolean(),
  /** The question on screen when it was seen; absent on flags recorded before this was kept. */
  questionId: z.string().optional(),
});

/** One interview: one per meeting. It keeps its own snapshot of the kit it was run with. */
export const interviewRecord = z.strictObject({
  id: z.string().min(1),
  /** `${platform}:${code}`; unique, so reopening a meeting resumes its interview. */
  meetingKey: z.string().min(1),
  platform: z.enum(PLATFORM_IDS),
  meetingCode: z.string(),
  meetingUrl: z.string(),
  kitId: z.string(),
  kit: kitContentRecord,
  currentQuestionIndex: z.number().int().nonnegative(),
  candidateName: z.string().max(MAX_NAME_LENGTH),
  interviewerName: z.string().max(MAX_NAME_LENGTH),
  /** UTC epoch milliseconds, like every time stored here. */
  startedAt: time,
  plannedMinutes: z.number().int().min(PLANNED_MINUTES.min).max(PLANNED_MINUTES.max),
  clock: clockRecord,
  redFlagsSeen: z.array(redFlagSightingRecord),
  recommendation: rating,
  summary: text,
  /**
   * Set when the interviewer merged or split candidates by hand: interviews with the same group
   * are one candidate whatever their names (see lib/interviews/candidate-key.ts). Not indexed.
   */
  candidateGroup: z.string().max(200).optional(),
  /** Set on an interview imported from a colleague's export: where it came from. */
  importedFrom: text.optional(),
  createdAt: time,
  updatedAt: time,
});

/** The interviewer's record of one question of one interview: note, rating, mark and time spent. */
export const noteRecord = z.strictObject({
  /** `${sessionId}/${questionId}`: one row per question, written in place. */
  id: z.string().min(1),
  sessionId: z.string().min(1),
  questionId: z.string().min(1),
  text,
  rating,
  mark: z.enum(QUESTION_MARKS).nullable(),
  /** Time spent while this was the current question, before the current stretch (see the clock). */
  spentMs: time,
  updatedAt: time,
});

/** Small preferences remembered across interviews, such as the interviewer's name. */
export const settingRecord = z.strictObject({
  key: z.enum(SETTING_KEYS),
  value: text,
});
