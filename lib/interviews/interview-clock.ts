import type { ClockState, InterviewClock, InterviewSession, QuestionNote } from './interview-types';

/**
 * Interview time from timestamps only: nothing ticks. The display asks for the time when it
 * renders, so a tab that was hidden or throttled still shows the truth when it comes back.
 */
export function elapsedMs(clock: InterviewClock, now: number): number {
  return clock.elapsedMs + (clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince));
}

export function isRunning(clock: InterviewClock): boolean {
  return clock.runningSince !== null;
}

/** Time on one question: what was stored, plus the current stretch when it is the current one. */
export function questionSpentMs(
  clock: InterviewClock,
  note: Pick<QuestionNote, 'spentMs'> | undefined,
  isCurrent: boolean,
  now: number,
): number {
  const stored = note?.spentMs ?? 0;
  if (!isCurrent || clock.questionSince === null) return stored;
  return stored + Math.max(0, now - clock.questionSince);
}

/** What the current stretch adds to the current question when it stops being current, or the clock stops. */
export function currentStretchMs(clock: InterviewClock, now: number): number {
  return clock.questionSince === null ? 0 : Math.max(0, now - clock.questionSince);
}

export function startClock(clock: InterviewClock, now: number): InterviewClock {
  if (isRunning(clock)) return clock;
  return { state: 'running', elapsedMs: clock.elapsedMs, runningSince: now, questionSince: now };
}

/** Stops the clock; `state` says why (the interviewer paused, nobody is there, or the interview ended). */
export function stopClock(
  clock: InterviewClock,
  now: number,
  state: Exclude<ClockState, 'running' | 'not-started'> = 'paused',
): InterviewClock {
  if (clock.state === 'not-started') return clock;
  return { state, elapsedMs: elapsedMs(clock, now), runningSince: null, questionSince: null };
}

/**
 * A clock read from elsewhere (a backup), settled: one with no state gets the one its times imply,
 * and a running one is stopped as away at `lastChange`, as if its surfaces had closed then.
 */
export function settleClock(clock: Omit<InterviewClock, 'state'> & { state?: ClockState }, lastChange: number): InterviewClock {
  const { elapsedMs: stored, runningSince } = clock;
  if (runningSince === null) {
    const state = clock.state && clock.state !== 'running' ? clock.state : stored > 0 ? 'paused' : 'not-started';
    return { state, elapsedMs: stored, runningSince: null, questionSince: null };
  }
  return { state: 'away', elapsedMs: stored + Math.max(0, lastChange - runningSince), runningSince: null, questionSince: null };
}

/** The first note, rating or red flag starts an interview that has not started; nothing else changes. */
export function startOnEvidence(clock: InterviewClock, now: number): InterviewClock {
  return clock.state === 'not-started' ? startClock(clock, now) : clock;
}

/** The clock after moving to another question: the new question counts from now. */
export function switchQuestionClock(clock: InterviewClock, now: number): InterviewClock {
  return isRunning(clock) ? { ...clock, questionSince: now } : clock;
}

/** `[12:34]` (or `[1:02:03]` past an hour): the stamp inserted into notes. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export function sessionElapsedMs(session: Pick<InterviewSession, 'clock'>, now: number): number {
  return elapsedMs(session.clock, now);
}
