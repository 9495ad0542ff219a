import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LAYOUT, type SidebarLayout } from './sidebar-layout';
import * as lazy from './sidebar-layout-lazy';
import { readLayout, updateLayout, watchLayout } from './sidebar-layout-store';

beforeEach(() => fakeBrowser.reset());
const heardBy = () => {
  const heard: SidebarLayout[] = [];
  return { heard, onChange: (layout: SidebarLayout) => void heard.push(layout) };
};

describe('the sidebar layout in storage', () => {
  it("starts from the defaults, docked on the platform's own side", async () => {
    expect(await readLayout('meet')).toEqual(DEFAULT_LAYOUT);
    expect(await readLayout('teams')).toEqual({ ...DEFAULT_LAYOUT, dock: 'left' });
  });

  it('is remembered per platform, and watchers of that platform hear each change', async () => {
    const meet = heardBy();
    const zoom = heardBy();
    const stops = [watchLayout('meet', meet.onChange), watchLayout('zoom', zoom.onChange)];
    await updateLayout('meet', { collapsed: true, width: 400 });
    expect(await readLayout('meet')).toEqual({ ...DEFAULT_LAYOUT, collapsed: true, width: 400 });
    expect(await readLayout('zoom')).toEqual(DEFAULT_LAYOUT);
    await vi.waitFor(() => expect(meet.heard.at(-1)).toMatchObject({ collapsed: true, width: 400 }));
    expect(zoom.heard).toEqual([]);
    stops.forEach((stop) => stop());
    await updateLayout('meet', { compact: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(meet.heard.every((layout) => !layout.compact)).toBe(true);
  });

  it('keeps changes to different fields made at the same time', async () => {
    await Promise.all([
      updateLayout('zoom', { compact: true }),
      updateLayout('zoom', { width: 500 }),
      updateLayout('zoom', { dock: 'left' }),
    ]);
    expect(await readLayout('zoom')).toEqual({ collapsed: false, compact: true, width: 500, dock: 'left', mode: 'beside' });
  });

  it('keeps a width within its bounds, and null back to following the screen', async () => {
    await updateLayout('meet', { width: 5000 });
    expect((await readLayout('meet')).width).toBe(720);
    await updateLayout('meet', { width: 10 });
    expect((await readLayout('meet')).width).toBe(280);
    await updateLayout('meet', { width: null });
    expect((await readLayout('meet')).width).toBeNull();
  });

  it('reads what the builds before wrote (one unversioned key per field), and writes the same keys', async () => {
    await fakeBrowser.storage.local.set({ 'layout:zoom:dock': 'left', 'layout:zoom:width': 420, 'layout:zoom:mode': 'overlay' });
    expect(await readLayout('zoom')).toEqual({ ...DEFAULT_LAYOUT, dock: 'left', width: 420, mode: 'overlay' });
    await updateLayout('zoom', { collapsed: true });
    expect(await fakeBrowser.storage.local.get('layout:zoom:collapsed')).toEqual({ 'layout:zoom:collapsed': true });
  });
});

describe("the sidebar frame's lazy way to it", () => {
  it('watches from once the store is loaded, catching up once, and stops', async () => {
    const frame = heardBy();
    const stop = lazy.watchLayout('meet', frame.onChange);
    await vi.waitFor(() => expect(frame.heard).toEqual([DEFAULT_LAYOUT]));
    await lazy.updateLayout('meet', { dock: 'left' });
    await vi.waitFor(() => expect(frame.heard.at(-1)).toEqual({ ...DEFAULT_LAYOUT, dock: 'left' }));
    expect(await lazy.readLayout('meet')).toEqual({ ...DEFAULT_LAYOUT, dock: 'left' });
    stop();
    const count = frame.heard.length;
    await lazy.updateLayout('meet', { dock: 'right' });
    await new Promise((r) => setTimeout(r, 0));
    expect(frame.heard).toHaveLength(count);
  });

  it('hears nothing when stopped before the store loaded', async () => {
    const frame = heardBy();
    lazy.watchLayout('meet', frame.onChange)();
    await lazy.updateLayout('meet', { compact: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(frame.heard).toEqual([]);
  });
});
