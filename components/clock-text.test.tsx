// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSidebarViewStore } from '@/lib/stores/sidebar-view-store';
import { fakeCanvas, type FakeCanvasRecord } from '@/lib/time/canvas-fakes.test-support';
import { ClockText } from './clock-text';

const START = Date.UTC(2026, 0, 5, 9, 0, 0, 0);
const seconds = (now: number) => `00:${String(Math.floor((now - START) / 1000)).padStart(2, '0')}`;
let drawn: FakeCanvasRecord;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(START);
  useSidebarViewStore.setState({ shown: true });
  drawn = fakeCanvas();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const glyphsOfLastDraw = (length: number) =>
  drawn.fills
    .slice(-length)
    .map((fill) => fill.glyph)
    .join('');

describe('ClockText', () => {
  it('draws the running time on a canvas named by the same text, each second', () => {
    render(<ClockText role="timer" aria-label="Elapsed" ticking text={seconds} />);
    const image = screen.getByRole('img');
    expect(image.tagName).toBe('CANVAS');
    expect(image).toHaveAccessibleName('00:00');
    drawn.resize({ width: 44, height: 20 }, { width: 44, height: 20 });
    expect(glyphsOfLastDraw(5)).toBe('00:00');
    act(() => vi.advanceTimersByTime(3_000));
    expect(screen.getByRole('timer')).toHaveTextContent('00:03');
    expect(image).toHaveAccessibleName('00:03');
    expect(glyphsOfLastDraw(5)).toBe('00:03');
  });

  it('is plain text while stopped, and lets the canvas go', () => {
    const { rerender } = render(<ClockText role="timer" aria-label="Elapsed" ticking text={seconds} />);
    act(() => vi.advanceTimersByTime(2_000));
    rerender(<ClockText role="timer" aria-label="Elapsed" ticking={false} text={seconds} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('timer')).toHaveTextContent('00:02');
    expect(drawn.disconnected).toBe(true);
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByRole('timer')).toHaveTextContent('00:02');
  });
});
