import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_SCREEN_VERSION, type FirstScreenRecord } from './first-screen-record';
import { rememberFirstScreen } from './remember-first-screen';

const record: FirstScreenRecord = {
  version: FIRST_SCREEN_VERSION,
  source: 'abc',
  layout: { dock: 'right', compact: false, width: 360, textSize: 'medium' },
  tree: { tag: 'main', attrs: [], children: ['Why Go?'] },
};
const setAccessLevel = vi.fn<(options: { accessLevel: string }) => Promise<void>>();

beforeEach(() => {
  fakeBrowser.reset();
  setAccessLevel.mockReset().mockResolvedValue(undefined);
  Object.assign(fakeBrowser.storage.local, { setAccessLevel });
});

describe("remembering a new call's first screen", () => {
  it('closes storage.local to content scripts, then stores it under its platform', async () => {
    expect(await rememberFirstScreen('zoom', record, null)).toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'firstScreen:zoom': record });
  });

  it('writes nothing when the screen is the one stored', async () => {
    expect(await rememberFirstScreen('zoom', record, structuredClone(record))).toBe(false);
    // As chrome.storage gives it back: every object's keys sorted.
    const { version, source, layout, tree } = record;
    expect(
      await rememberFirstScreen('zoom', record, {
        layout,
        source,
        tree: { attrs: tree.attrs, children: tree.children, tag: tree.tag },
        version,
      }),
    ).toBe(false);
    expect(await rememberFirstScreen('zoom', { ...record, source: 'new kit' }, record)).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'firstScreen:zoom': { ...record, source: 'new kit' } });
  });

  it('writes nothing where storage.local cannot be closed to content scripts (Firefox)', async () => {
    setAccessLevel.mockRejectedValue(new Error('Not supported'));
    expect(await rememberFirstScreen('zoom', record, null)).toBe(false);
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: undefined });
    expect(await rememberFirstScreen('zoom', record, null)).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
