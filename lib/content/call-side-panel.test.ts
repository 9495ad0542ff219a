// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callSidePanelExtents, watchForPanels } from './call-side-panel';

// jsdom's window is 1024 × 768 and lays nothing out: each panel says where it is.
function panel(tag: string, role: string | null, rect: { left: number; width: number; top?: number; height?: number }) {
  const element = document.createElement(tag);
  if (role) element.setAttribute('role', role);
  const { left, width, top = 0, height = 768 } = rect;
  element.getBoundingClientRect = () => ({
    left,
    width,
    top,
    height,
    right: left + width,
    bottom: top + height,
    x: left,
    y: top,
    toJSON: () => ({}),
  });
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe("how far the call's own side panels reach", () => {
  it('is 0 on both sides with no panel open', () => {
    expect(callSidePanelExtents(document, [])).toEqual({ left: 0, right: 0 });
  });

  it('measures a panel touching the right or the left edge, within the 32 px slack', () => {
    panel('aside', null, { left: 1024 - 360 - 32, width: 360 });
    panel('div', 'complementary', { left: 32, width: 300 });
    expect(callSidePanelExtents(document, [])).toEqual({ left: 332, right: 392 });
  });

  it('takes the widest panel on a side, and dialogs too', () => {
    panel('aside', null, { left: 1024 - 300, width: 300 });
    panel('div', 'dialog', { left: 1024 - 420, width: 420 });
    expect(callSidePanelExtents(document, []).right).toBe(420);
  });

  it("ignores a panel away from the edges, a narrow one, a short one and the sidebar's own", () => {
    panel('aside', null, { left: 1024 - 360 - 33, width: 360 });
    panel('aside', null, { left: 1024 - 119, width: 119 });
    panel('aside', null, { left: 1024 - 360, width: 360, height: 768 * 0.4 - 1 });
    const ours = panel('div', null, { left: 0, width: 360 });
    ours.append(panel('aside', null, { left: 0, width: 360 }));
    expect(callSidePanelExtents(document, [ours])).toEqual({ left: 0, right: 0 });
  });

  it('counts a panel flush with an edge, and not one that runs off the window', () => {
    panel('aside', null, { left: 0, width: 300 });
    panel('aside', null, { left: 1024 - 300, width: 300 });
    expect(callSidePanelExtents(document, [])).toEqual({ left: 300, right: 300 });
    document.body.replaceChildren();
    panel('aside', null, { left: -10, width: 300 });
    panel('aside', null, { left: 1024 - 290, width: 300 });
    expect(callSidePanelExtents(document, [])).toEqual({ left: 0, right: 0 });
  });

  it('counts a panel exactly 120 px wide and 40% of the window high', () => {
    panel('aside', null, { left: 1024 - 120, width: 120, height: 768 * 0.4 });
    expect(callSidePanelExtents(document, []).right).toBe(120);
  });
});

describe('watching for panels', () => {
  it('reports once, a moment after the last click or key, and never while nobody touches the page', () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    watchForPanels(document, changed, 350);
    vi.advanceTimersByTime(10_000);
    expect(changed).not.toHaveBeenCalled();

    document.body.click();
    vi.advanceTimersByTime(200);
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    vi.advanceTimersByTime(349);
    expect(changed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('hears a click alone, and a key alone', () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    watchForPanels(document, changed, 350);
    document.body.click();
    vi.advanceTimersByTime(350);
    expect(changed).toHaveBeenCalledTimes(1);
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    vi.advanceTimersByTime(350);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('stops at once: a pending report is dropped and later input is not heard', () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    const stop = watchForPanels(document, changed, 350);
    document.body.click();
    stop();
    document.body.click();
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
    vi.advanceTimersByTime(1_000);
    expect(changed).not.toHaveBeenCalled();
  });
});
