import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCallStart } from './call-start';

beforeEach(() => fakeBrowser.reset());

describe('the meeting page’s read of the "on a call" setting', () => {
  it('opens by itself while nothing is stored', async () => {
    expect(await readCallStart()).toBe('open');
  });

  it.each([
    { theme: 'dark', textSize: 'large', surface: 'page', callStart: 'handle' },
    { theme: 'dark', textSize: 'large', surface: 'page', callStart: 'open' },
    { theme: 'light', textSize: 'small', surface: 'side-panel' },
    { callStart: 'sometimes' },
    { callStart: 'HANDLE' },
    'handle',
  ])('reads %j as every surface does once migrated', async (stored) => {
    await fakeBrowser.storage.local.set({ appearance: stored });
    const before = await readCallStart();
    vi.resetModules();
    const { readAppearance } = await import('./appearance');
    expect((await readAppearance()).callStart).toBe(before);
    expect(await readCallStart()).toBe(before);
  });
});
