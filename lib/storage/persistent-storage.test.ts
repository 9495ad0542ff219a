import { describe, expect, it, vi } from 'vitest';
import { formatBytes, isProtected, requestPersistentStorage } from './persistent-storage';

const manager = (persisted: boolean, grant: boolean) => ({
  persisted: vi.fn(async () => persisted),
  persist: vi.fn(async () => grant),
  estimate: vi.fn(async () => ({ usage: 12_345_678, quota: 100e9 })),
  getDirectory: vi.fn(),
});

describe('requestPersistentStorage', () => {
  it('asks only when the data is not yet persistent, and reports the space used', async () => {
    const already = manager(true, false);
    expect(await requestPersistentStorage(already)).toEqual({ persisted: true, unlimited: false, usage: 12_345_678, quota: 100e9 });
    expect(already.persist).not.toHaveBeenCalled();
    const asked = manager(false, true);
    expect(await requestPersistentStorage(asked)).toMatchObject({ persisted: true });
    expect(asked.persist).toHaveBeenCalledOnce();
    expect(await requestPersistentStorage(manager(false, false))).toMatchObject({ persisted: false });
  });

  it('says not persistent where there is no storage manager', async () => {
    expect(await requestPersistentStorage(undefined)).toEqual({ persisted: false, unlimited: false });
  });

  it('reports the unlimitedStorage permission, which keeps the data too', async () => {
    const state = await requestPersistentStorage(manager(false, false), async () => true);
    expect(state).toMatchObject({ persisted: false, unlimited: true });
    expect(isProtected(state)).toBe(true);
    expect(isProtected({ persisted: false, unlimited: false })).toBe(false);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1_000, '1.0 kB'],
    [12_345_678, '12 MB'],
    [9_600_000, '9.6 MB'],
    [70e9, '70 GB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
