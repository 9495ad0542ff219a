import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAppearance, updateAppearance } from '../settings/appearance';
import { DEFAULT_LAYOUT } from '../settings/sidebar-layout';
import { readLayout, updateLayout } from '../settings/sidebar-layout-store';
import { dockStartAt } from './dock-start';

beforeEach(() => fakeBrowser.reset());

describe('where the frame goes, read by itself', () => {
  it("on a meeting's URL: its platform, that platform's stored layout and how a call starts", async () => {
    await updateLayout('zoom', { width: 420, compact: true });
    await updateLayout('meet', { collapsed: true });
    await updateAppearance({ callStart: 'handle' });
    expect(await dockStartAt('https://app.zoom.us/wc/123456789/join?fromPWA=1')).toEqual({
      platform: 'zoom',
      layout: { ...DEFAULT_LAYOUT, width: 420, compact: true },
      callStart: 'handle',
    });
    expect(await dockStartAt('https://meet.google.com/abc-defg-hij')).toEqual({
      platform: 'meet',
      layout: { ...DEFAULT_LAYOUT, collapsed: true },
      callStart: 'handle',
    });
  });

  it('reads what the storage library wrote, as it reads it: defaults, a width out of bounds, an appearance from before its version 2', async () => {
    expect(await dockStartAt('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0')).toEqual({
      platform: 'teams',
      layout: await readLayout('teams'),
      callStart: 'open',
    });
    await updateLayout('meet', { width: 5_000, mode: 'overlay', dock: 'left' });
    await fakeBrowser.storage.local.set({ 'layout:meet:width': 5_000, appearance: { theme: 'dark', callStart: 'handle' } });
    expect(await dockStartAt('https://meet.google.com/abc-defg-hij')).toEqual({
      platform: 'meet',
      layout: await readLayout('meet'),
      callStart: (await readAppearance()).callStart,
    });
    expect((await readLayout('meet')).width).toBe(720);
  });

  it('nowhere on a URL that names no meeting: the background decides there', async () => {
    for (const href of ['https://meet.google.com/', 'https://app.zoom.us/wc/home', 'https://teams.microsoft.com/v2/', 'not a url', '']) {
      expect(await dockStartAt(href), href).toBeNull();
    }
  });
});
