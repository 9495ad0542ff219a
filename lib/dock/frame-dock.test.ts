import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LAYOUT, type SidebarLayout } from '../settings/sidebar-layout';
import { readLayout, updateLayout } from '../settings/sidebar-layout-store';
import type { DockPlacement, PageEvent, PageGeometry } from './dock-protocol';
import { startFrameDock } from './frame-dock';
import { KEY_STEP_PX } from './placement';

const PAGE: PageGeometry = { viewport: 1280, panels: { left: 0, right: 0 } };
let stops: (() => void)[] = [];

/** Starts the frame's dock on a fake port: what it places, and a way to send it the page's events. */
function start(layout: SidebarLayout = DEFAULT_LAYOUT, callStart: 'open' | 'handle' = 'open') {
  const placed: DockPlacement[] = [];
  let hear: (event: PageEvent) => void = () => {};
  const link = { place: (p: DockPlacement) => void placed.push(p), onPageEvent: (listener: typeof hear) => void (hear = listener) };
  stops.push(startFrameDock({ platform: 'meet', layout, callStart, page: PAGE, link }));
  return { placed, page: (event: Omit<PageEvent, keyof PageGeometry> = {}, page = PAGE) => hear({ ...page, ...event }) };
}
const shown = (p: DockPlacement | undefined) => p?.frame.display !== 'none';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
});

describe('the sidebar frame placing itself', () => {
  it('places itself at once from the layout it was given, before storage is read', () => {
    const { placed } = start({ ...DEFAULT_LAYOUT, width: 400 });
    expect(placed).toHaveLength(1);
    expect(shown(placed[0])).toBe(true);
    expect(placed[0]!.width).toBe(400);
  });

  it('starts hidden to its handle when calls start that way, and remembers it', async () => {
    const { placed } = start(DEFAULT_LAYOUT, 'handle');
    expect(shown(placed[0])).toBe(false);
    expect(placed[0]!.show).not.toBeNull();
    await vi.waitFor(async () => expect((await readLayout('meet')).collapsed).toBe(true));
  });

  it('writes nothing when calls start open', async () => {
    const { placed } = start(DEFAULT_LAYOUT, 'open');
    // The layout store has loaded and read the layout once (a second placement): writes asked before are done.
    await vi.waitFor(() => expect(placed.length).toBeGreaterThan(1));
    expect(await readLayout('meet')).toEqual(DEFAULT_LAYOUT);
  });

  it('stays hidden on a page event that is not the handle', async () => {
    await updateLayout('meet', { collapsed: true });
    const { placed, page } = start({ ...DEFAULT_LAYOUT, collapsed: true });
    page({}, { viewport: 1100, panels: { left: 0, right: 0 } });
    await vi.waitFor(() => expect(placed.length).toBeGreaterThan(2));
    expect((await readLayout('meet')).collapsed).toBe(true);
    expect(placed.some(shown)).toBe(false);
  });

  it('shows when the handle is pressed: stores it, then places itself from what is stored', async () => {
    await updateLayout('meet', { collapsed: true });
    const { placed, page } = start({ ...DEFAULT_LAYOUT, collapsed: true });
    page({ show: true });
    await vi.waitFor(() => expect(shown(placed.at(-1))).toBe(true));
    expect((await readLayout('meet')).collapsed).toBe(false);
  });

  it('widens and narrows by one step per arrow key, by every step of a held key, and stores the width', async () => {
    const { placed, page } = start({ ...DEFAULT_LAYOUT, width: 400 });
    // Right dock: ArrowLeft widens. Presses back to back, before storage echoes any of them.
    for (let i = 0; i < 5; i++) page({ key: 'ArrowLeft' });
    expect(placed.at(-1)!.width).toBe(400 + 5 * KEY_STEP_PX);
    for (let i = 0; i < 3; i++) page({ key: 'ArrowRight' });
    const asked = placed.length;
    const last = 400 + 2 * KEY_STEP_PX;
    expect(placed.at(-1)!.width).toBe(last);
    await vi.waitFor(async () => expect((await readLayout('meet')).width).toBe(last));
    // Storage echoes each step in turn; an echo of an earlier step never takes the sidebar back to it.
    await vi.waitFor(() => expect(placed.length).toBeGreaterThan(asked));
    expect(new Set(placed.slice(asked).map((p) => p.width))).toEqual(new Set([last]));
    // Once every step is echoed, a width set elsewhere (another tab) is followed again.
    await updateLayout('meet', { width: 300 });
    await vi.waitFor(() => expect(placed.at(-1)!.width).toBe(300));
  });

  it('writes nothing for a key at the widest, and still follows a width set elsewhere', async () => {
    // At 1280 px beside the call, the call keeps 720 px: 560 px is the widest.
    const { placed, page } = start({ ...DEFAULT_LAYOUT, width: 560 });
    page({ key: 'ArrowLeft' });
    expect(placed.at(-1)!.width).toBe(560);
    await updateLayout('meet', { width: 500 });
    await vi.waitFor(() => expect(placed.at(-1)!.width).toBe(500));
  });

  it('steps the other way when docked left', () => {
    const { placed, page } = start({ ...DEFAULT_LAYOUT, dock: 'left', width: 400 });
    page({ key: 'ArrowRight' });
    expect(placed.at(-1)!.width).toBe(400 + KEY_STEP_PX);
  });

  it('ignores arrow keys while hidden', async () => {
    const { placed, page } = start({ ...DEFAULT_LAYOUT, collapsed: true, width: 400 });
    page({ key: 'ArrowLeft' });
    expect(placed.at(-1)!.width).toBe(400);
    expect((await readLayout('meet')).width).toBeNull();
  });

  it('follows a drag and stores the width only when it ends', async () => {
    const { placed, page } = start({ ...DEFAULT_LAYOUT, width: 400 });
    page({ drag: { x: 1280 - 500, done: false } });
    expect(placed.at(-1)!.width).toBe(500);
    expect((await readLayout('meet')).width).toBeNull();
    page({ drag: { x: 1280 - 520, done: true } });
    expect(placed.at(-1)!.width).toBe(520);
    await vi.waitFor(async () => expect((await readLayout('meet')).width).toBe(520));
  });

  it('places itself again for a narrower page, keeping the call its room', () => {
    const { placed, page } = start({ ...DEFAULT_LAYOUT, width: 700 });
    page({}, { viewport: 1000, panels: { left: 0, right: 0 } });
    expect(placed).toHaveLength(2);
    expect(placed[1]!.width).toBe(1000 - 720);
  });

  it('follows a layout changed elsewhere (the sidebar buttons, another tab) until stopped', async () => {
    const { placed } = start();
    await updateLayout('meet', { collapsed: true });
    await vi.waitFor(() => expect(shown(placed.at(-1))).toBe(false));
    stops.pop()!();
    const count = placed.length;
    await updateLayout('meet', { collapsed: false });
    expect(await readLayout('meet')).toMatchObject({ collapsed: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(placed).toHaveLength(count);
  });
});
