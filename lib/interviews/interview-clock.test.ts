import { describe, expect, it } from 'vitest';
import {
  currentStretchMs,
  elapsedMs,
  formatElapsed,
  questionSpentMs,
  startClock,
  stopClock,
  switchQuestionClock,
} from './interview-clock';

const stopped = { elapsedMs: 0, runningSince: null, questionSince: null };

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

  it.each([
    [0, '00:00'],
    [59_999, '00:59'],
    [754_000, '12:34'],
    [3_723_000, '1:02:03'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
