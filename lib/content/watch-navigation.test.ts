import { describe, expect, it, vi } from 'vitest';
import { watchNavigation } from './watch-navigation';

/** A window with the Navigation API, or without it (Firefox before 147). */
function fakeWindow(withNavigation: boolean) {
  const win = new EventTarget() as EventTarget & { navigation?: EventTarget };
  if (withNavigation) win.navigation = new EventTarget();
  return win;
}

describe('watching same-document navigation', () => {
  it("hears the Navigation API's entry changes and back/forward", () => {
    const win = fakeWindow(true);
    const changed = vi.fn();
    watchNavigation(changed, win as unknown as Window);
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    win.dispatchEvent(new Event('popstate'));
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('falls back to back/forward where the Navigation API is missing', () => {
    const win = fakeWindow(false);
    const changed = vi.fn();
    watchNavigation(changed, win as unknown as Window);
    win.dispatchEvent(new Event('popstate'));
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('stops hearing both once stopped', () => {
    const win = fakeWindow(true);
    const changed = vi.fn();
    watchNavigation(changed, win as unknown as Window)();
    win.navigation!.dispatchEvent(new Event('currententrychange'));
    win.dispatchEvent(new Event('popstate'));
    expect(changed).not.toHaveBeenCalled();
  });
});
