import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoWidth, clampWidth, DEFAULT_LAYOUT, normaliseLayout, readLayout, updateLayout, watchLayout } from './sidebar-layout';

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

  it('follows the screen until the user picks a width: wider on large screens', () => {
    expect(autoWidth(1280)).toBe(360);
    expect(autoWidth(1600)).toBe(400);
    expect(autoWidth(1920)).toBe(480);
    expect(autoWidth(3840)).toBe(480);
    expect(clampWidth(null, 1920)).toBe(480);
    expect(clampWidth(null, 600)).toBe(360);
    expect(clampWidth(700, 600)).toBe(440);
    expect(normaliseLayout({ width: 'wide' }).width).toBeNull();
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
    await Promise.all([
      updateLayout('zoom', { compact: true }),
      updateLayout('zoom', { width: 500 }),
      updateLayout('zoom', { dock: 'left' }),
    ]);
    expect(await readLayout('zoom')).toEqual({ collapsed: false, compact: true, width: 500, dock: 'left', mode: 'beside' });
  });
});
