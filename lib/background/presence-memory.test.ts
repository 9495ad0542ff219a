import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedPresence } from './presence-memory';

beforeEach(() => fakeBrowser.reset());

describe('the presence memory in storage.local', () => {
  it('is empty at first, and a change to what was read is not kept until written', async () => {
    const seen = await storedPresence.read();
    seen.s1 = 5;
    expect(await storedPresence.read()).toEqual({});
    await storedPresence.write(seen);
    expect(await storedPresence.read()).toEqual({ s1: 5 });
  });

  it('reads what the background stored before, under the same key', async () => {
    await fakeBrowser.storage.local.set({ interviewPresence: { s1: 10, s2: 20 } });
    expect(await storedPresence.read()).toEqual({ s1: 10, s2: 20 });
    await storedPresence.write({ s2: 30 });
    expect(await fakeBrowser.storage.local.get()).toEqual({ interviewPresence: { s2: 30 } });
  });
});
