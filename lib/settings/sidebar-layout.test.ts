import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clampWidth, DEFAULT_LAYOUT, normaliseLayout, readLayout, updateLayout, watchLayout } from './sidebar-layout';

describe('sidebar layout', () => {
  it('falls back to the defaults field by field for bad stored values', () => {
    expect(normaliseLayout(undefined)).toEqual(DEFAULT_LAYOUT);
    expect(normaliseLayout({ collapsed: 'yes', dock: 'top', width: 'wide', compact: true })).toEqual({
      ...DEFAULT_LAYOUT,
      compact: true,
    });
  });

  it('keeps the width between its bounds and leaves room for the call', () => {
    expect(clampWidth(100)).toBe(280);
    expect(clampWidth(5000)).toBe(720);
    expect(clampWidth(700, 800)).toBe(640);
    expect(clampWidth(Number.NaN)).toBe(360);
  });

  it('is remembered per platform, and watchers hear changes', async () => {
    fakeBrowser.reset();
    const heard: boolean[] = [];
    const stop = watchLayout('meet', (layout) => heard.push(layout.collapsed));
    await updateLayout('meet', { collapsed: true, width: 400 });
    expect(await readLayout('meet')).toMatchObject({ collapsed: true, width: 400, dock: 'right' });
    expect(await readLayout('zoom')).toEqual(DEFAULT_LAYOUT);
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual([true]);
    stop();
  });

  it('keeps changes to different fields made at the same time', async () => {
    fakeBrowser.reset();
    await Promise.all([updateLayout('zoom', { compact: true }), updateLayout('zoom', { width: 500 }), updateLayout('zoom', { dock: 'left' })]);
    expect(await readLayout('zoom')).toEqual({ collapsed: false, compact: true, width: 500, dock: 'left' });
  });
});
