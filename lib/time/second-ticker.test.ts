// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onEverySecond } from './second-ticker';

let visibility: DocumentVisibilityState = 'visible';
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(Date.UTC(2026, 0, 5, 9, 0, 0, 400));
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const setVisibility = (state: DocumentVisibilityState) => {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('the second ticker', () => {
  it('calls at once, then on each whole second, with one timer for every listener', () => {
    const a: number[] = [];
    const b: number[] = [];
    const stopA = onEverySecond((now) => a.push(now % 10_000));
    const stopB = onEverySecond((now) => b.push(now % 10_000));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(a).toEqual([400, 1_000, 2_000]);
    expect(b).toEqual([400, 1_000, 2_000]);
    stopA();
    vi.advanceTimersByTime(1_000);
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(4);
    stopB();
    expect(vi.getTimerCount(), 'nobody listens: no timer').toBe(0);
  });

  it('stops while the page is hidden and reads the time at once when it is visible again', () => {
    const calls: number[] = [];
    const stop = onEverySecond((now) => calls.push(now % 10_000));
    setVisibility('hidden');
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5_000);
    expect(calls).toEqual([400]);
    setVisibility('visible');
    expect(calls).toEqual([400, 5_400]);
    vi.advanceTimersByTime(600);
    expect(calls).toEqual([400, 5_400, 6_000]);
    stop();
  });
});
