import type { KitContent } from '../kits/kit-types';
import type { MeetingPlatform } from '../meeting/meeting-url';

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
  createdAt: number;
  updatedAt: number;
}

/** The interviewer's note on one question of one interview. */
export interface QuestionNote {
  /** `${sessionId}/${questionId}`: one note per question, written in place. */
  id: string;
  sessionId: string;
  questionId: string;
  text: string;
  updatedAt: number;
}

export function noteId(sessionId: string, questionId: string): string {
  return `${sessionId}/${questionId}`;
}
