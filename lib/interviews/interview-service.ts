import type { InterviewDatabase } from '../db/database';
import type { MeetingIdentity } from '../meeting/meeting-url';
import { currentStretchMs, startClock, stopClock, switchQuestionClock } from './interview-clock';
import { emptyNote, noteId, type InterviewSession } from './interview-types';
import { bootInterview, newSession } from './interview-boot';
import { parseDetailsPatch, type InterviewDetailsPatch } from './interview-details';
import { canChangeKit } from './kit-change';
import { kitSnapshot, startingKit } from './kit-snapshot';
import { createQuestionService } from './question-service';
import { createRedFlagService } from './red-flag-service';
import { changeSession, requireSession } from './session-access';
import { createRevisionGuard, type RevisionGuard } from '../drafts/revision-guard';

/** The background's operations on interviews. Every surface reaches them through the data client. */
export function createInterviewService(
  db: InterviewDatabase,
  now: () => number = Date.now,
  revisions: RevisionGuard = createRevisionGuard(),
  /** Whether a sidebar of the interview is open: only then does evidence start its clock. */
  isAttended: (sessionId: string) => boolean = () => true,
) {
  async function openInterview(meeting: MeetingIdentity): Promise<InterviewSession> {
    return db.transaction('rw', [db.sessions, db.kits, db.settings], async () => {
      const existing = await db.sessions.where('meetingKey').equals(meeting.key).first();
      if (existing) return existing;
      const kit = await startingKit(db, now());
      const interviewerName = (await db.settings.get('interviewerName'))?.value ?? '';
      const session = newSession(crypto.randomUUID(), meeting, { id: kit.id, content: kitSnapshot(kit) }, interviewerName, now());
      await db.sessions.add(session);
      return session;
    });
  }

  /** Moves to another question, booking the time spent on the one being left. */
  async function setCurrentQuestion(sessionId: string, index: number): Promise<void> {
    await db.transaction('rw', db.sessions, db.notes, async () => {
      const session = await requireSession(db, sessionId);
      const last = session.kit.questions.length - 1;
      const target = Math.max(0, Math.min(last, Math.trunc(index)));
      if (target === session.currentQuestionIndex) return;
      const at = now();
      await bookCurrentStretch(session, at);
      await changeSession(db, sessionId, at, (s) => {
        s.currentQuestionIndex = target;
        s.clock = switchQuestionClock(s.clock, at);
      });
    });
  }

  /** The browser's next/previous shortcuts: a step in the interview of that meeting. */
  async function stepQuestionInMeeting(meeting: MeetingIdentity, step: 1 | -1): Promise<void> {
    const existing = await db.sessions.where('meetingKey').equals(meeting.key).first();
    // Next in a call with no interview yet is its first action (as the sidebar's Next button); Previous on question 1 does nothing.
    const session = existing ?? (step === 1 ? await openInterview(meeting) : undefined);
    if (session) await setCurrentQuestion(session.id, session.currentQuestionIndex + step);
  }

  /** Start or Resume (also after End), and Pause: the interviewer's own hand on the clock. */
  async function setClockRunning(sessionId: string, running: boolean): Promise<void> {
    await stopOrStart(sessionId, (clock, at) => (running ? startClock(clock, at) : stopClock(clock, at, 'paused')));
  }

  /** "End interview": the clock stops for good; opening the call again does not resume it. */
  async function endInterview(sessionId: string): Promise<void> {
    await stopOrStart(sessionId, (clock, at) => stopClock(clock, at, 'ended'));
  }

  /**
   * Whether any surface of the interview is open (the background's presence tracker calls this):
   * the clock pauses as `away` while none is, at `at` (when the last one went), and resumes when one
   * opens again. A clock the interviewer paused or ended stays as it is.
   */
  async function setPresent(sessionId: string, present: boolean, at: number = now()): Promise<void> {
    await stopOrStart(
      sessionId,
      (clock, when) => {
        if (present) return clock.state === 'away' ? startClock(clock, when) : clock;
        return clock.state === 'running' ? stopClock(clock, when, 'away') : clock;
      },
      at,
    );
  }

  /**
   * After the service worker restarted: an interview still running that no surface reopened was
   * left while the worker was down. It is paused as away at the last sign of life: the last time
   * a surface came (`lastSeenAt`) or the interview or one of its notes last changed, whichever is later.
   */
  async function pauseAbandoned(sessionId: string, lastSeenAt: number): Promise<void> {
    const session = await db.sessions.get(sessionId);
    if (session?.clock.state !== 'running') return;
    // A note written is a sign of life too; note writes leave the session's own stamp alone.
    const notes = await db.notes.where('sessionId').equals(sessionId).toArray();
    const lastChange = Math.max(session.updatedAt, ...notes.map((n) => n.updatedAt));
    await setPresent(sessionId, false, Math.min(now(), Math.max(lastSeenAt, lastChange)));
  }

  async function stopOrStart(
    sessionId: string,
    next: (clock: InterviewSession['clock'], at: number) => InterviewSession['clock'],
    at: number = now(),
  ): Promise<void> {
    await db.transaction('rw', db.sessions, db.notes, async () => {
      const session = await db.sessions.get(sessionId);
      if (!session) return;
      // A pause dated in the past (the last sign of a surface) never goes before the clock started.
      const when = Math.max(at, session.clock.runningSince ?? at);
      const clock = next(session.clock, when);
      if (clock === session.clock) return;
      if (clock.runningSince === null) await bookCurrentStretch(session, when);
      await changeSession(db, sessionId, now(), (s) => void (s.clock = clock));
    });
  }

  async function bookCurrentStretch(session: InterviewSession, at: number): Promise<void> {
    const stretch = currentStretchMs(session.clock, at);
    const question = session.kit.questions[session.currentQuestionIndex];
    if (stretch === 0 || !question) return;
    const id = noteId(session.id, question.id);
    const note = (await db.notes.get(id)) ?? emptyNote(session.id, question.id, at);
    await db.notes.put({ ...note, spentMs: note.spentMs + stretch, updatedAt: at });
  }

  /**
   * Candidate, interviewer, planned length, summary, recommendation: validated, then stored.
   * Typed fields carry the revision of the keystroke; a field older than its last write is dropped.
   */
  async function updateDetails(sessionId: string, patch: InterviewDetailsPatch, revision?: number): Promise<{ applied: boolean }> {
    const fields = Object.entries(parseDetailsPatch(patch));
    const valid = Object.fromEntries(
      fields.filter(([field]) => revisions.accept(`${sessionId}/${field}`, revision)),
    ) as InterviewDetailsPatch;
    await db.transaction('rw', db.sessions, db.settings, async () => {
      await changeSession(db, sessionId, now(), (s) => Object.assign(s, valid));
      if (valid.interviewerName !== undefined) {
        await db.settings.put({ key: 'interviewerName', value: valid.interviewerName });
      }
    });
    return { applied: Object.keys(valid).length === fields.length };
  }

  /**
   * Runs the interview with another kit: allowed until it holds evidence (a note, a rating, a red
   * flag), since notes belong to the questions of the kit they were written for.
   */
  async function chooseInterviewKit(sessionId: string, kitId: string): Promise<void> {
    await db.transaction('rw', [db.sessions, db.notes, db.kits, db.settings], async () => {
      const session = await requireSession(db, sessionId);
      const kit = await db.kits.get(kitId);
      if (!kit) throw new Error('That kit no longer exists.');
      const notes = await db.notes.where('sessionId').equals(sessionId).toArray();
      if (!canChangeKit(session, notes)) {
        throw new Error('The kit can no longer change: this interview already has notes, ratings or red flags.');
      }
      const at = now();
      await db.notes.bulkDelete(notes.map((n) => n.id));
      await changeSession(db, sessionId, at, (s) => {
        s.kitId = kit.id;
        s.kit = kitSnapshot(kit);
        s.currentQuestionIndex = 0;
        s.clock = switchQuestionClock(s.clock, at);
      });
      await db.settings.put({ key: 'lastKitId', value: kit.id });
    });
  }

  return {
    openInterview,
    /** What the sidebar's first screen shows; writes nothing (lib/interviews/interview-boot.ts). */
    bootInterview: (meeting: MeetingIdentity) => bootInterview(db, meeting, now()),
    chooseInterviewKit,
    setCurrentQuestion,
    stepQuestionInMeeting,
    setClockRunning,
    endInterview,
    setPresent,
    pauseAbandoned,
    updateDetails,
    ...createQuestionService(db, now, revisions, isAttended),
    ...createRedFlagService(db, now, revisions, isAttended),
  };
}

export type InterviewService = ReturnType<typeof createInterviewService>;
export type { SaveNoteInput } from './question-service';
