import type { MeetingPlatform } from '../platforms';
import type { Rating } from '../interviews/interview-types';

/** An interview read back from another interviewer's export, before it gets ids and a place in the database. */
export interface ParsedInterview {
  candidateName: string;
  role: string;
  kitTitle: string;
  startedAt: number;
  elapsedMs: number;
  interviewerName: string;
  platform: MeetingPlatform;
  meetingCode: string;
  recommendation: Rating | null;
  summary: string;
  /**
   * Every question, in kit order (numbers from the export), with what was recorded. `asked`: it has
   * its row and section (the export gives one to every question asked, even with nothing noted);
   * the "Not asked" list's questions have none.
   */
  questions: { text: string; rating: Rating | null; spentMs: number; note: string; skipped: boolean; asked: boolean }[];
  redFlags: { text: string; note: string; questionNumber: number | null; seenAtElapsedMs: number }[];
}

/** `04:12` or `1:02:03` → milliseconds; undefined when it is not a time. */
export function parseElapsed(value: string): number | undefined {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  return ((Number(match[1] ?? 0) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000;
}
