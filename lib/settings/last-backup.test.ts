import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLastBackupAt, recordBackup, watchLastBackup } from './last-backup';

beforeEach(() => fakeBrowser.reset());

describe('when a backup was last saved', () => {
  it('is unknown until one is saved, then the time of the last one', async () => {
    expect(await readLastBackupAt()).toBeNull();
    await recordBackup(1_700_000_000_000);
    await recordBackup(1_700_000_500_000);
    expect(await readLastBackupAt()).toBe(1_700_000_500_000);
    // Stored as earlier builds stored it, so their value reads as it is.
    expect(await fakeBrowser.storage.local.get()).toEqual({ lastBackupAt: 1_700_000_500_000 });
  });

  it('reads a time an earlier build stored', async () => {
    await fakeBrowser.storage.local.set({ lastBackupAt: 1_690_000_000_000 });
    expect(await readLastBackupAt()).toBe(1_690_000_000_000);
  });

  it('tells watchers of each new backup until they stop', async () => {
    let heard = 0;
    const stop = watchLastBackup(() => heard++);
    await recordBackup(1);
    await recordBackup(2);
    stop();
    await recordBackup(3);
    expect(heard).toBe(2);
  });
});
