import { z } from 'zod';
import { RATINGS } from '../interviews/interview-types';
import { MAX_DATE_MS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../interviews/limits';
import { PLATFORM_IDS } from '../platforms';

const text = z.string().max(MAX_TEXT_LENGTH);
const name = z.string().max(MAX_NAME_LENGTH);
const rating = z.enum(RATINGS).nullable();
const duration = z.number().int().nonnegative().max(MAX_DATE_MS);

/**
 * An interview read back from another interviewer's export, before it gets ids and a place in the
 * database. The dashboard reads the Markdown (lib/import/interview-markdown-parse.ts) and sends
 * this; the background checks it against this schema before writing anything.
 */
export const parsedInterviewRecord = z.strictObject({
  candidateName: name,
  role: text,
  kitTitle: text,
  startedAt: z.number().int().min(-MAX_DATE_MS).max(MAX_DATE_MS),
  elapsedMs: duration,
  interviewerName: name,
  platform: z.enum(PLATFORM_IDS),
  meetingCode: text,
  recommendation: rating,
  summary: text,
  /**
   * Every question, in kit order (numbers from the export), with what was recorded. `asked`: it has
   * its row and section (the export gives one to every question asked, even with nothing noted);
   * the "Not asked" list's questions have none.
   */
  questions: z.array(z.strictObject({ text, rating, spentMs: duration, note: text, skipped: z.boolean(), asked: z.boolean() })),
  redFlags: z.array(
    z.strictObject({ text, note: text, questionNumber: z.number().int().positive().nullable(), seenAtElapsedMs: duration }),
  ),
});
export type ParsedInterview = z.infer<typeof parsedInterviewRecord>;

/** `04:12` or `1:02:03` → milliseconds; undefined when it is not a time. */
export function parseElapsed(value: string): number | undefined {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  return ((Number(match[1] ?? 0) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000;
}
