import { describe, expect, it } from 'vitest';
import {
  currentStretchMs,
  elapsedMs,
  formatElapsed,
  questionSpentMs,
  sessionElapsedMs,
  settleClock,
  startOnEvidence,
  startClock,
  stopClock,
  switchQuestionClock,
} from './interview-clock';

import { NOT_STARTED_CLOCK, type InterviewClock } from './interview-types';

const stopped: InterviewClock = NOT_STARTED_CLOCK;

describe('interview clock', () => {
  it('counts from timestamps only, across pauses', () => {
    let clock = startClock(stopped, 1_000);
    expect(elapsedMs(clock, 61_000)).toBe(60_000);
    clock = stopClock(clock, 61_000);
    // Paused: an hour later nothing has been added.
    expect(elapsedMs(clock, 3_661_000)).toBe(60_000);
    clock = startClock(clock, 3_661_000);
    expect(elapsedMs(clock, 3_671_000)).toBe(70_000);
  });

  it('starting a running clock changes nothing', () => {
    const clock = startClock(stopped, 1_000);
    expect(startClock(clock, 9_000)).toBe(clock);
  });

  it('counts the current question from the last switch, and nothing while stopped', () => {
    let clock = startClock(stopped, 0);
    clock = switchQuestionClock(clock, 30_000);
    expect(currentStretchMs(clock, 45_000)).toBe(15_000);
    expect(questionSpentMs(clock, { spentMs: 5_000 }, true, 45_000)).toBe(20_000);
    expect(questionSpentMs(clock, { spentMs: 5_000 }, false, 45_000)).toBe(5_000);
    clock = stopClock(clock, 50_000);
    expect(currentStretchMs(clock, 99_000)).toBe(0);
    expect(switchQuestionClock(clock, 99_000)).toBe(clock);
  });

  it('never counts backwards when the system clock moves back', () => {
    const clock = startClock(stopped, 10_000);
    expect(elapsedMs(clock, 5_000)).toBe(0);
    expect(currentStretchMs(clock, 5_000)).toBe(0);
  });

  it('says where it stands: started by evidence once, then paused, away or ended', () => {
    const started = startOnEvidence(stopped, 1_000);
    expect(started).toEqual({ state: 'running', elapsedMs: 0, runningSince: 1_000, questionSince: 1_000 });
    expect(startOnEvidence(started, 5_000)).toBe(started);
    expect(stopClock(started, 4_000, 'away')).toEqual({ state: 'away', elapsedMs: 3_000, runningSince: null, questionSince: null });
    const ended = stopClock(started, 9_000, 'ended');
    expect(ended.state).toBe('ended');
    // Evidence after the end does not restart the clock; only Resume does.
    expect(startOnEvidence(ended, 20_000)).toBe(ended);
    expect(stopClock(stopped, 9_000)).toBe(stopped);
  });

  it('settles a clock from a backup: no state gets one, a running one is away at the last change', () => {
    expect(settleClock({ elapsedMs: 0, runningSince: null, questionSince: null }, 5).state).toBe('not-started');
    expect(settleClock({ elapsedMs: 7, runningSince: null, questionSince: null }, 5).state).toBe('paused');
    expect(settleClock({ state: 'ended', elapsedMs: 7, runningSince: null, questionSince: null }, 5).state).toBe('ended');
    expect(settleClock({ state: 'running', elapsedMs: 1_000, runningSince: 10_000, questionSince: 12_000 }, 16_000)).toEqual({
      state: 'away',
      elapsedMs: 7_000,
      runningSince: null,
      questionSince: null,
    });
  });

  it('is paused when stopped with no reason given, keeping the time counted', () => {
    expect(stopClock(startClock(stopped, 1_000), 4_000)).toEqual({
      state: 'paused',
      elapsedMs: 3_000,
      runningSince: null,
      questionSince: null,
    });
  });

  it('counts what is stored for a question while the clock is stopped, and nothing for one with no note', () => {
    const paused = stopClock(startClock(stopped, 0), 10_000);
    expect(questionSpentMs(paused, { spentMs: 5_000 }, true, 60_000)).toBe(5_000);
    expect(questionSpentMs(startClock(stopped, 0), undefined, true, 7_000)).toBe(7_000);
    expect(questionSpentMs(startClock(stopped, 0), undefined, false, 7_000)).toBe(0);
    // A question switched to after the system clock moved back counts nothing, not less.
    expect(questionSpentMs(startClock(stopped, 9_000), { spentMs: 5_000 }, true, 2_000)).toBe(5_000);
  });

  it("an interview's time is its clock's", () => {
    expect(sessionElapsedMs({ clock: startClock(stopped, 1_000) }, 31_000)).toBe(30_000);
  });

  it('settles a stored running state with no start time as paused, or not started with no time', () => {
    expect(settleClock({ state: 'running', elapsedMs: 7, runningSince: null, questionSince: null }, 5).state).toBe('paused');
    expect(settleClock({ state: 'running', elapsedMs: 0, runningSince: null, questionSince: null }, 5).state).toBe('not-started');
    // A backup whose last change predates the start (a skewed clock) adds nothing.
    expect(settleClock({ elapsedMs: 1_000, runningSince: 10_000, questionSince: 10_000 }, 4_000).elapsedMs).toBe(1_000);
  });

  it.each([
    [0, '00:00'],
    [59_999, '00:59'],
    [754_000, '12:34'],
    [3_599_999, '59:59'],
    [3_600_000, '1:00:00'],
    [3_723_000, '1:02:03'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
