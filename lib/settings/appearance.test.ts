import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_APPEARANCE, readAppearance, updateAppearance, watchAppearance, type Appearance } from './appearance';

/** What builds before version 2 left in storage.local, as they wrote it: the value alone, no version. */
const writtenBefore = (value: unknown) => fakeBrowser.storage.local.set({ appearance: value });

/** A new build's first load: the module, and so its migration, starts on what is stored. */
async function loadAfterUpdate() {
  vi.resetModules();
  return import('./appearance');
}

beforeEach(() => fakeBrowser.reset());

describe('the appearance in storage', () => {
  it('reads the defaults while nothing is stored, and writes nothing for it', async () => {
    const { readAppearance } = await loadAfterUpdate();
    expect(await readAppearance()).toEqual({ theme: 'system', textSize: 'medium', surface: 'page', callStart: 'open' });
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it.each<[string, unknown, Appearance]>([
    [
      'a whole value, as the last unversioned build wrote it',
      { theme: 'dark', textSize: 'large', surface: 'side-panel', callStart: 'handle' },
      { theme: 'dark', textSize: 'large', surface: 'side-panel', callStart: 'handle' },
    ],
    [
      'a value from before the "on a call" setting',
      { theme: 'light', textSize: 'small', surface: 'side-panel' },
      { theme: 'light', textSize: 'small', surface: 'side-panel', callStart: 'open' },
    ],
    [
      'values this version does not know',
      { theme: 'sepia', textSize: 'large', surface: 'window', callStart: 'sometimes', zoom: 2 },
      { theme: 'system', textSize: 'large', surface: 'page', callStart: 'open' },
    ],
    ['a value that is not an object', 'dark', { theme: 'system', textSize: 'medium', surface: 'page', callStart: 'open' }],
  ])('migrates %s to a whole appearance, once, in place', async (_, stored, expected) => {
    await writtenBefore(stored);
    const { readAppearance } = await loadAfterUpdate();
    expect(await readAppearance()).toEqual(expected);
    expect(await fakeBrowser.storage.local.get()).toEqual({ appearance: expected, appearance$: { v: 2 } });
  });

  it('leaves a value stored at version 2 alone', async () => {
    const stored = { theme: 'dark', textSize: 'small', surface: 'page', callStart: 'handle' };
    await fakeBrowser.storage.local.set({ appearance: stored, appearance$: { v: 2 } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const { readAppearance } = await loadAfterUpdate();
    expect(await readAppearance()).toEqual(stored);
    expect(set).not.toHaveBeenCalled();
  });

  it('records the version with the first change, so the next build does not migrate it again', async () => {
    const { updateAppearance } = await loadAfterUpdate();
    await updateAppearance({ theme: 'dark' });
    expect(await fakeBrowser.storage.local.get()).toEqual({
      appearance: { theme: 'dark', textSize: 'medium', surface: 'page', callStart: 'open' },
      appearance$: { v: 2 },
    });
  });

  it('keeps the other fields on a change, and every watcher hears the whole appearance until it stops', async () => {
    const heard: Appearance[] = [];
    const stop = watchAppearance((appearance) => heard.push(appearance));
    await updateAppearance({ callStart: 'handle' });
    await updateAppearance({ textSize: 'large' });
    expect(await readAppearance()).toEqual({ ...DEFAULT_APPEARANCE, callStart: 'handle', textSize: 'large' });
    // Removed (as the e2e suite does between tests): the defaults again.
    await fakeBrowser.storage.local.remove('appearance');
    stop();
    await updateAppearance({ theme: 'light' });
    expect(heard).toEqual([
      { ...DEFAULT_APPEARANCE, callStart: 'handle' },
      { ...DEFAULT_APPEARANCE, callStart: 'handle', textSize: 'large' },
      DEFAULT_APPEARANCE,
    ]);
  });
});
