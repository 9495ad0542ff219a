import type { InterviewDatabase } from '../db/database';
import { startOnEvidence } from './interview-clock';
import { emptyNote, noteId, type InterviewSession, type QuestionNote } from './interview-types';

/** Shared by the service parts: each runs inside the caller's transaction. */
export async function requireSession(db: InterviewDatabase, sessionId: string): Promise<InterviewSession> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new Error('This interview no longer exists.');
  return session;
}

export function requireQuestion(session: InterviewSession, questionId: string): void {
  if (!session.kit.questions.some((q) => q.id === questionId)) {
    throw new Error(`Question ${questionId} is not part of this interview.`);
  }
}

/**
 * Reads a question's row, or a fresh one, changes it and writes it back. The session row is written
 * only when its own fields change (the clock starting): every surface of the interview follows the
 * session live, and a keystroke must send the note alone, never the session and its kit snapshot.
 */
export async function changeNote(
  db: InterviewDatabase,
  sessionId: string,
  questionId: string,
  at: number,
  /** Edits made in a call start a clock that had not started; edits from the dashboard never do. */
  mayStartClock: boolean,
  change: (note: QuestionNote) => void,
): Promise<void> {
  const session = await requireSession(db, sessionId);
  requireQuestion(session, questionId);
  const note = (await db.notes.get(noteId(sessionId, questionId))) ?? emptyNote(sessionId, questionId, at);
  change(note);
  note.updatedAt = at;
  await db.notes.put(note);
  // The first evidence (a word, a rating, "asked") starts an interview that had not started.
  const evidence = note.text.trim() !== '' || note.rating !== null || note.mark === 'asked';
  const clock = evidence && mayStartClock ? startOnEvidence(session.clock, at) : session.clock;
  if (clock !== session.clock) await db.sessions.update(sessionId, { updatedAt: at, clock });
}

export async function changeSession(
  db: InterviewDatabase,
  sessionId: string,
  at: number,
  change: (session: InterviewSession) => void,
): Promise<void> {
  const session = await requireSession(db, sessionId);
  change(session);
  session.updatedAt = at;
  await db.sessions.put(session);
}
