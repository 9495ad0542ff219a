// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InterviewClock } from '@/lib/interviews/interview-types';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';
import { InterviewTimer } from './interview-timer';

const START = Date.UTC(2026, 0, 5, 9, 0, 0, 0);
const running = (since: number): InterviewClock => ({ state: 'running', elapsedMs: 0, runningSince: since, questionSince: since });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(START);
  useSidebarViewStore.setState({ shown: true });
});
afterEach(() => vi.useRealTimers());

function renderTimer(clock: InterviewClock, budgetsMs = [60_000]) {
  let renders = 0;
  render(
    <Profiler id="timer" onRender={() => void renders++}>
      <InterviewTimer clock={clock} budgetsMs={budgetsMs} currentIndex={0} onRunningChange={() => undefined} />
    </Profiler>,
  );
  return { renders: () => renders };
}

const elapsed = () => screen.getByRole('timer', { name: 'Elapsed interview time' }).textContent;

describe('the interview timer', () => {
  it('writes the elapsed time each second without rendering the timer again, and renders when the pace changes', () => {
    const timer = renderTimer(running(START));
    expect(elapsed()).toBe('00:00');
    const first = timer.renders();
    act(() => vi.advanceTimersByTime(5_000));
    expect(elapsed()).toBe('00:05');
    expect(screen.getByText('On pace')).toBeTruthy();
    expect(timer.renders(), 'no render for a tick').toBe(first);
    // The budget is one minute: a minute later the pace says so, once.
    act(() => vi.advanceTimersByTime(115_000));
    expect(elapsed()).toBe('02:00');
    expect(screen.getByText('1 min behind')).toBeTruthy();
    expect(timer.renders()).toBe(first + 1);
  });

  it('stops while the sidebar is collapsed and shows the time afresh when it is shown again', () => {
    renderTimer(running(START));
    act(() => useSidebarViewStore.setState({ shown: false }));
    act(() => vi.advanceTimersByTime(10_000));
    expect(elapsed()).toBe('00:00');
    expect(vi.getTimerCount(), 'no timer while collapsed').toBe(0);
    act(() => useSidebarViewStore.setState({ shown: true }));
    expect(elapsed()).toBe('00:10');
  });

  it('sets no timer for a paused clock', () => {
    renderTimer({ state: 'paused', elapsedMs: 65_000, runningSince: null, questionSince: null });
    expect(elapsed()).toBe('01:05');
    expect(vi.getTimerCount()).toBe(0);
  });
});
