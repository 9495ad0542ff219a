import type { InterviewDatabase } from '../db/database';
import { DEFAULT_KIT_ID, installBundledKits } from '../kits/bundled-kits';
import type { MeetingIdentity } from '../meeting/meeting-url';
import { noteId, type InterviewSession } from './interview-types';

export interface SaveNoteInput {
  sessionId: string;
  questionId: string;
  text: string;
}

/** Largest note accepted, in characters: far beyond a call's notes, small enough to stay fast. */
export const MAX_NOTE_LENGTH = 100_000;

/** The background's operations on interviews. Every surface reaches them through the data client. */
export function createInterviewService(db: InterviewDatabase, now: () => number = Date.now) {
  async function openInterview(meeting: MeetingIdentity): Promise<InterviewSession> {
    return db.transaction('rw', db.sessions, db.kits, async () => {
      const existing = await db.sessions.where('meetingKey').equals(meeting.key).first();
      if (existing) return existing;
      let kit = await db.kits.get(DEFAULT_KIT_ID);
      if (!kit) {
        await installBundledKits(db, now());
        kit = await db.kits.get(DEFAULT_KIT_ID);
      }
      if (!kit) throw new Error('The default interview kit is missing.');
      const { id: kitId, title, role, description, questions, goodCandidate, redFlags } = kit;
      const session: InterviewSession = {
        id: crypto.randomUUID(),
        meetingKey: meeting.key,
        platform: meeting.platform,
        meetingCode: meeting.code,
        meetingUrl: meeting.url,
        kitId,
        kit: structuredClone({ title, role, description, questions, goodCandidate, redFlags }),
        currentQuestionIndex: 0,
        createdAt: now(),
        updatedAt: now(),
      };
      await db.sessions.add(session);
      return session;
    });
  }

  async function setCurrentQuestion(sessionId: string, index: number): Promise<void> {
    await db.transaction('rw', db.sessions, async () => {
      const session = await requireSession(sessionId);
      const last = session.kit.questions.length - 1;
      const clamped = Math.max(0, Math.min(last, Math.trunc(index)));
      await db.sessions.update(sessionId, { currentQuestionIndex: clamped, updatedAt: now() });
    });
  }

  async function saveNote({ sessionId, questionId, text }: SaveNoteInput): Promise<void> {
    if (text.length > MAX_NOTE_LENGTH) {
      throw new Error(`A note can hold at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`);
    }
    await db.transaction('rw', db.sessions, db.notes, async () => {
      const session = await requireSession(sessionId);
      if (!session.kit.questions.some((q) => q.id === questionId)) {
        throw new Error(`Question ${questionId} is not part of this interview.`);
      }
      const at = now();
      await db.notes.put({ id: noteId(sessionId, questionId), sessionId, questionId, text, updatedAt: at });
      await db.sessions.update(sessionId, { updatedAt: at });
    });
  }

  async function requireSession(sessionId: string): Promise<InterviewSession> {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('This interview no longer exists.');
    return session;
  }

  return { openInterview, setCurrentQuestion, saveNote };
}

export type InterviewService = ReturnType<typeof createInterviewService>;
